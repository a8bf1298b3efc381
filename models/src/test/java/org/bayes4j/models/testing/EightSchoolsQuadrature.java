package org.bayes4j.models.testing;

/**
 * The reference posterior of eight schools (either parameterisation: they
 * are one distribution) by deterministic quadrature, an oracle independent of
 * every sampler.
 *
 * <p>Integrating the effects out analytically,
 * {@code y_j | mu, tau ~ N(mu, sqrt(sigma_j^2 + tau^2))}, so the marginal
 * posterior of {@code (mu, tau)} is two-dimensional:
 * $$ p(\mu,\tau\mid y) \propto N(\mu\mid 0,5)\,\text{HalfCauchy}(\tau\mid 5)
 *    \prod_j N(y_j\mid \mu, \sqrt{\sigma_j^2+\tau^2}) $$
 * (BDA3 §5.4, eq. 5.17). A midpoint rule over {@code mu in [-40, 50]},
 * {@code tau in (0, 300]} captures all but a negligible tail: the integrand
 * decays like {@code tau^-10} in {@code tau}, and the {@code mu} range spans
 * more than ten posterior sds. Log weights are shifted by their maximum
 * before exponentiating, to avoid underflow.
 */
public final class EightSchoolsQuadrature {

    /** Posterior mean and sd of {@code mu} and {@code tau}. */
    public record Reference(double meanMu, double sdMu, double meanTau, double sdTau) {}

    private EightSchoolsQuadrature() {}

    public static Reference compute(double[] y, double[] sigma) {
        int nMu = 450;
        int nTau = 3000;
        double muLo = -40, muHi = 50, tauHi = 300;
        double hMu = (muHi - muLo) / nMu, hTau = tauHi / nTau;
        double max = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < nMu; a++) {
            for (int b = 0; b < nTau; b++) {
                max = Math.max(max, logPosterior(muLo + (a + 0.5) * hMu, (b + 0.5) * hTau, y, sigma));
            }
        }
        double z = 0, m1 = 0, m2 = 0, t1 = 0, t2 = 0;
        for (int a = 0; a < nMu; a++) {
            double mu = muLo + (a + 0.5) * hMu;
            for (int b = 0; b < nTau; b++) {
                double tau = (b + 0.5) * hTau;
                double w = Math.exp(logPosterior(mu, tau, y, sigma) - max);
                z += w;
                m1 += w * mu;
                m2 += w * mu * mu;
                t1 += w * tau;
                t2 += w * tau * tau;
            }
        }
        double meanMu = m1 / z, meanTau = t1 / z;
        return new Reference(meanMu, Math.sqrt(m2 / z - meanMu * meanMu), meanTau, Math.sqrt(t2 / z - meanTau * meanTau));
    }

    /** Unnormalised log of the marginal posterior of (mu, tau). */
    static double logPosterior(double mu, double tau, double[] y, double[] sigma) {
        double lp = -0.5 * (mu / 5) * (mu / 5) - Math.log1p((tau / 5) * (tau / 5));
        for (int j = 0; j < y.length; j++) {
            double v = sigma[j] * sigma[j] + tau * tau;
            double r = y[j] - mu;
            lp += -0.5 * r * r / v - 0.5 * Math.log(v);
        }
        return lp;
    }
}
