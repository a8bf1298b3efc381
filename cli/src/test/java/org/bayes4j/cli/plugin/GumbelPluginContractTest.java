package org.bayes4j.cli.plugin;

import org.apache.commons.statistics.distribution.GumbelDistribution;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.testkit.Gen;
import org.bayes4j.testkit.contract.DistributionFamilyContract;

/** A plug-in author certifies a family by extending the testkit contract, exactly as the shipped families do. */
class GumbelPluginContractTest extends DistributionFamilyContract {

    @Override protected DistributionFamily family() { return new GumbelPluginFamily(); }

    @Override protected double[] parameters(Gen gen) { return new double[] {3 * gen.normal(), gen.logUniform(0.1, 10)}; }

    @Override protected double value(Gen gen, double[] p) { return p[0] + p[1] * gen.real(-2, 5); }

    @Override protected double referenceLogDensity(double y, double[] p) { return GumbelDistribution.of(p[0], p[1]).logDensity(y); }

    @Override protected double[][] typicalParameters() { return new double[][] {{0, 1}, {2, 0.5}, {-1, 3}}; }

    @Override protected double cdf(double x, double[] p) { return GumbelDistribution.of(p[0], p[1]).cumulativeProbability(x); }

    /** Euler–Mascheroni constant: the Gumbel mean is mu + gamma beta. */
    private static final double EULER_GAMMA = 0.5772156649015329;

    @Override protected double mean(double[] p) { return p[0] + EULER_GAMMA * p[1]; }

    @Override protected double variance(double[] p) { return Math.PI * Math.PI / 6 * p[1] * p[1]; }
}
