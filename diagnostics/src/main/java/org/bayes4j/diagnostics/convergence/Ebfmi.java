package org.bayes4j.diagnostics.convergence;

/**
 * Energy Bayesian fraction of missing information (Betancourt 2016, "Diagnosing
 * suboptimal cotangent disintegrations in Hamiltonian Monte Carlo", Section 3.2):
 * for one chain's Hamiltonian energies {@code E_1..E_n},
 * {@code E-BFMI = (sum_{i=2}^n (E_i - E_{i-1})^2 / n) / var(E)}, estimated as
 * Stan does (sample variance with n - 1). It compares how far the momentum
 * resampling moves the energy with the energy's marginal spread; values below
 * 0.3 mean HMC explores the energy distribution slowly (often heavy tails).
 * NaN for fewer than two draws or constant energy.
 */
public final class Ebfmi {

    /** Stan's and ArviZ's warning threshold. */
    public static final double THRESHOLD = 0.3;

    private Ebfmi() {}

    public static double of(double[] energy) {
        int n = energy.length;
        if (n < 2) return Double.NaN;
        double squaredJumps = 0;
        for (int i = 1; i < n; i++) {
            double d = energy[i] - energy[i - 1];
            squaredJumps += d * d;
        }
        double variance = Moments.variance(energy);
        if (!(variance > 0)) return Double.NaN;
        return squaredJumps / n / variance;
    }
}
