package org.bayes4j.samplers.adaptation;

/**
 * Nesterov dual averaging of $\log\epsilon$ towards a target acceptance statistic
 * $\delta$ (Hoffman &amp; Gelman 2014, Alg. 5, as Stan's {@code stepsize_adaptation}).
 * After iteration $t$ with acceptance statistic $\alpha_t$ (clipped to 1):
 * $$\bar s_t = (1 - \tfrac{1}{t+t_0})\bar s_{t-1} + \tfrac{1}{t+t_0}(\delta - \alpha_t),\quad
 *   x_t = \mu - \tfrac{\sqrt t}{\gamma}\bar s_t,\quad
 *   \bar x_t = (1 - t^{-\kappa})\bar x_{t-1} + t^{-\kappa}x_t,$$
 * the next step size is $e^{x_t}$ and the final one $e^{\bar x_t}$. Defaults:
 * $\gamma = 0.05$, $t_0 = 10$, $\kappa = 0.75$, $\mu = \log(10\epsilon_0)$ (shrinkage
 * towards step sizes larger than the start). Immutable.
 *
 * @param target  $\delta$
 * @param gamma   $\gamma$, how strongly $x_t$ is pulled towards $\mu$
 * @param t0      $t_0$, damping of early iterations
 * @param kappa   $\kappa$, decay of the averaging weight
 * @param mu      $\mu$, the shrinkage point for $\log\epsilon$
 * @param counter $t$
 * @param sBar    $\bar s_t$
 * @param x       $x_t$
 * @param xBar    $\bar x_t$
 */
public record DualAveragingStepSize(double target, double gamma, double t0, double kappa, double mu,
                                    int counter, double sBar, double x, double xBar) {

    /** Stan's defaults around initial step size {@code stepSize0}: $\mu = \log(10\epsilon_0)$. */
    public static DualAveragingStepSize stan(double target, double stepSize0) {
        return new DualAveragingStepSize(target, 0.05, 10, 0.75, Math.log(10 * stepSize0), 0, 0, Math.log(stepSize0), 0);
    }

    /** The state after observing acceptance statistic {@code acceptStat}. */
    public DualAveragingStepSize learn(double acceptStat) {
        int t = counter + 1;
        double alpha = Math.min(1.0, acceptStat);
        if (Double.isNaN(alpha)) alpha = 0.0;
        double eta = 1.0 / (t + t0);
        double s = (1 - eta) * sBar + eta * (target - alpha);
        double xNew = mu - s * Math.sqrt(t) / gamma;
        double w = Math.pow(t, -kappa);
        double xBarNew = (1 - w) * xBar + w * xNew;
        return new DualAveragingStepSize(target, gamma, t0, kappa, mu, t, s, xNew, xBarNew);
    }

    /** Step size for the next warm-up iteration, $e^{x_t}$. */
    public double stepSize() { return Math.exp(x); }

    /** Step size to freeze after warm-up, $e^{\bar x_t}$ (the current one if nothing was learned yet). */
    public double finalStepSize() { return counter == 0 ? Math.exp(x) : Math.exp(xBar); }

    /** Forget the history and shrink towards $\log(10\epsilon)$, as Stan after each metric update. */
    public DualAveragingStepSize restart(double stepSize) {
        return new DualAveragingStepSize(target, gamma, t0, kappa, Math.log(10 * stepSize), 0, 0, Math.log(stepSize), 0);
    }
}
