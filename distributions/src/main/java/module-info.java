/**
 * Distribution families with normalised log densities, analytic partials and
 * exact random draws. Exports nothing: families are found by name through
 * {@code ServiceLoader}.
 */
module org.bayes4j.distributions {
    requires org.bayes4j.spi;
    requires org.apache.commons.numbers.gamma;
    requires org.apache.commons.rng.api;
    requires org.apache.commons.rng.sampling;

    uses org.bayes4j.spi.distribution.DistributionFamily;

    provides org.bayes4j.spi.distribution.DistributionFamily with
            org.bayes4j.distributions.continuous.NormalFamily,
            org.bayes4j.distributions.continuous.HalfNormalFamily,
            org.bayes4j.distributions.continuous.CauchyFamily,
            org.bayes4j.distributions.continuous.HalfCauchyFamily,
            org.bayes4j.distributions.continuous.StudentTFamily,
            org.bayes4j.distributions.continuous.ExponentialFamily,
            org.bayes4j.distributions.continuous.GammaFamily,
            org.bayes4j.distributions.continuous.InverseGammaFamily,
            org.bayes4j.distributions.continuous.BetaFamily,
            org.bayes4j.distributions.continuous.LogNormalFamily,
            org.bayes4j.distributions.continuous.HalfStudentTFamily,
            org.bayes4j.distributions.continuous.LaplaceFamily,
            org.bayes4j.distributions.continuous.LogisticFamily,
            org.bayes4j.distributions.continuous.WeibullFamily,
            org.bayes4j.distributions.continuous.UniformFamily,
            org.bayes4j.distributions.discrete.BinomialFamily,
            org.bayes4j.distributions.discrete.BinomialLogitFamily,
            org.bayes4j.distributions.discrete.BernoulliFamily,
            org.bayes4j.distributions.discrete.BernoulliLogitFamily,
            org.bayes4j.distributions.discrete.PoissonFamily,
            org.bayes4j.distributions.discrete.PoissonLogFamily,
            org.bayes4j.distributions.discrete.NegativeBinomial2Family,
            org.bayes4j.distributions.discrete.BetaBinomialFamily,
            org.bayes4j.distributions.discrete.GeometricFamily,
            org.bayes4j.distributions.multivariate.CategoricalFamily,
            org.bayes4j.distributions.multivariate.CategoricalLogitFamily,
            org.bayes4j.distributions.multivariate.MultinomialFamily,
            org.bayes4j.distributions.multivariate.MultinomialLogitFamily,
            org.bayes4j.distributions.multivariate.MultinomialLogitMaskedFamily,
            org.bayes4j.distributions.multivariate.MultiNormalCholeskyFamily,
            org.bayes4j.distributions.multivariate.DirichletFamily,
            org.bayes4j.distributions.combinators.MixtureFamily,
            org.bayes4j.distributions.combinators.ZeroInflatedPoissonFamily,
            org.bayes4j.distributions.combinators.ZeroInflatedBinomialFamily,
            org.bayes4j.distributions.combinators.ZeroInflatedNegBinomialFamily,
            org.bayes4j.distributions.combinators.HurdlePoissonFamily,
            org.bayes4j.distributions.combinators.HurdleNegBinomialFamily,
            org.bayes4j.distributions.combinators.HurdleGammaFamily,
            org.bayes4j.distributions.combinators.HurdleLogNormalFamily,
            org.bayes4j.distributions.combinators.TruncatedFamily,
            org.bayes4j.distributions.combinators.CensoredFamily,
            org.bayes4j.distributions.multivariate.ZeroSumNormalFamily,
            org.bayes4j.distributions.multivariate.LkjCorrCholeskyFamily,
            org.bayes4j.distributions.multivariate.LkjCholeskyCovFamily,
            org.bayes4j.distributions.multivariate.OrderedLogisticFamily,
            org.bayes4j.distributions.multivariate.OrderedProbitFamily,
            org.bayes4j.distributions.multivariate.DirichletMultinomialFamily;
}
