/**
 * The shipped model catalogue (see {@code MODELS.md}): each model is a
 * {@link org.bayes4j.spi.model.ModelProvider} written with the public
 * model-building API, with its generative simulator and default data. The
 * module exports nothing; the models are found through {@code ServiceLoader}.
 */
module org.bayes4j.models {
    requires org.bayes4j.spi;
    requires org.apache.commons.rng.simple;
    requires org.apache.commons.rng.sampling;
    requires org.apache.commons.numbers.gamma;

    provides org.bayes4j.spi.model.ModelProvider
        with org.bayes4j.models.eightschools.CenteredEightSchools,
             org.bayes4j.models.eightschools.NonCenteredEightSchools,
             org.bayes4j.models.reedfrogs.ReedFrogs,
             org.bayes4j.models.grouped.NonCenteredGroupedMultinomial,
             org.bayes4j.models.grouped.CenteredGroupedMultinomial,
             org.bayes4j.models.grouped.DirichletMultinomialCounts,
             org.bayes4j.models.reedfrogs.NonCenteredReedFrogs,
             org.bayes4j.models.reedfrogs.FixedSigmaReedFrogs,
             org.bayes4j.models.reedfrogs.PredatorReedFrogs,
             org.bayes4j.models.reedfrogs.NonCenteredPredatorReedFrogs,
             org.bayes4j.models.confounded.NaiveConfounded,
             org.bayes4j.models.confounded.FixedEffectsConfounded,
             org.bayes4j.models.confounded.MultilevelConfounded,
             org.bayes4j.models.confounded.CenteredMultilevelConfounded,
             org.bayes4j.models.confounded.MundlakConfounded,
             org.bayes4j.models.confounded.LatentMundlakConfounded,
             org.bayes4j.models.confounded.CenteredMundlakConfounded,
             org.bayes4j.models.confounded.CenteredLatentMundlakConfounded,
             org.bayes4j.models.iris.PivotCategoricalIris,
             org.bayes4j.models.iris.SumToZeroCategoricalIris,
             org.bayes4j.models.factors.CenteredInteractionFactors,
             org.bayes4j.models.factors.NonCenteredInteractionFactors,
             org.bayes4j.models.factors.CenteredAdditiveFactors,
             org.bayes4j.models.factors.NonCenteredAdditiveFactors,
             org.bayes4j.models.masked.MaskedMultinomial,
             org.bayes4j.models.masked.CenteredMaskedSlopes,
             org.bayes4j.models.masked.NonCenteredMaskedSlopes,
             org.bayes4j.models.masked.MaskedMixtureMultinomial,
             org.bayes4j.models.trolley.NonCenteredTrolley,
             org.bayes4j.models.trolley.CenteredTrolley;
}
