/** Bijectors from unconstrained space onto every continuous constraint of the spi; exports nothing, provides bijector providers. */
module org.bayes4j.transforms {
    requires org.bayes4j.spi;
    provides org.bayes4j.spi.bijector.BijectorProvider with
            org.bayes4j.transforms.scalar.IdentityProvider,
            org.bayes4j.transforms.scalar.LogProvider,
            org.bayes4j.transforms.scalar.LowerBoundProvider,
            org.bayes4j.transforms.scalar.UpperBoundProvider,
            org.bayes4j.transforms.scalar.IntervalProvider,
            org.bayes4j.transforms.scalar.LogitProvider,
            org.bayes4j.transforms.ordered.OrderedProvider,
            org.bayes4j.transforms.ordered.PositiveOrderedProvider,
            org.bayes4j.transforms.simplex.StickBreakingSimplexProvider,
            org.bayes4j.transforms.simplex.IsometricLogRatioSimplexProvider,
            org.bayes4j.transforms.zerosum.ZeroSumProvider,
            org.bayes4j.transforms.cholesky.CholeskyCorrelationProvider,
            org.bayes4j.transforms.cholesky.CholeskyCovarianceProvider,
            org.bayes4j.transforms.cholesky.CorrelationMatrixProvider,
            org.bayes4j.transforms.cholesky.CovarianceMatrixProvider;
}
