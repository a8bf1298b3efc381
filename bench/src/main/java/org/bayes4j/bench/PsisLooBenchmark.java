package org.bayes4j.bench;

import java.util.Random;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;

import org.bayes4j.spi.diagnostic.LooProvider;
import org.bayes4j.spi.diagnostic.LooResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Wall time of PSIS-LOO on a 4,000 draws x 10,000 observations pointwise
 * log-likelihood matrix, through the {@code ServiceLoader} {@link LooProvider}
 * as an application reaches it (one thread; the provider is sequential).
 *
 * <p>The matrix is seeded synthetic output of a normal model
 * {@code y_i ~ Normal(mu, sigma)}: 10,000 observations drawn from a Student-t
 * with 4 degrees of freedom (so a few observations are outlying and their
 * importance ratios heavy-tailed), and 4 chains of 1,000 posterior draws of
 * {@code (mu, log sigma)} centred on the data's mean and log standard deviation
 * with their large-sample posterior scales {@code sigma / sqrt(n)} and
 * {@code 1 / sqrt(2 n)}, each chain an AR(1) process with autocorrelation 0.5
 * (so relative efficiencies are below one, as with MCMC). Then
 * {@code logLik[s][i] = log Normal(y_i | mu_s, sigma_s)}.
 *
 * <p>{@link #looFromChains()} is {@code loo(log_lik, r_eff = relative_eff(exp(log_lik), chain_id))}
 * (relative efficiencies from the chains, then PSIS for every observation);
 * {@link #looGivenRelativeEfficiency()} is PSIS alone with {@code r_eff = 1}.
 * About 320 MB of input, hence the larger heap of the fork. The fork resolves the JDK's
 * Vector API ({@code --add-modules jdk.incubator.vector}), as {@code bayes4j loo} does, so
 * the SIMD kernels run. To measure the scalar ones, replace the fork's arguments (JMH's
 * {@code -jvmArgsAppend} replaces those given here):
 * {@code bench/run.sh PsisLoo -jvmArgsAppend "-Xms2g -Xmx3g -Dbayes4j.loo.kernels=scalar"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx3g", "--add-modules", "jdk.incubator.vector"})
public class PsisLooBenchmark {

    static final int CHAINS = 4;
    static final int DRAWS_PER_CHAIN = 1000;
    static final int OBSERVATIONS = 10_000;
    static final double AUTOCORRELATION = 0.5;

    private LooProvider loo;
    private double[][] logLik;
    private int[] chainId;
    private double[] unitEfficiency;

    @Setup
    public void setUp() {
        loo = ServiceLoader.load(LooProvider.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no LooProvider installed (is bayes4j-diagnostics on the class path?)"));
        Random random = new Random(20241122L);
        double[] y = new double[OBSERVATIONS];
        double sum = 0;
        for (int i = 0; i < OBSERVATIONS; i++) {
            y[i] = studentT4(random);
            sum += y[i];
        }
        double mean = sum / OBSERVATIONS;
        double squares = 0;
        for (double v : y) squares += (v - mean) * (v - mean);
        double logSd = 0.5 * Math.log(squares / (OBSERVATIONS - 1));
        double sdMu = Math.exp(logSd) / Math.sqrt(OBSERVATIONS);
        double sdLogSigma = 1 / Math.sqrt(2.0 * OBSERVATIONS);
        // stationary AR(1): x_t = rho x_{t-1} + sqrt(1 - rho^2) e_t keeps unit variance
        double innovation = Math.sqrt(1 - AUTOCORRELATION * AUTOCORRELATION);
        int total = CHAINS * DRAWS_PER_CHAIN;
        logLik = new double[total][OBSERVATIONS];
        chainId = new int[total];
        double halfLog2Pi = 0.5 * Math.log(2 * Math.PI);
        for (int c = 0; c < CHAINS; c++) {
            double a = random.nextGaussian();
            double b = random.nextGaussian();
            for (int t = 0; t < DRAWS_PER_CHAIN; t++) {
                a = AUTOCORRELATION * a + innovation * random.nextGaussian();
                b = AUTOCORRELATION * b + innovation * random.nextGaussian();
                double mu = mean + sdMu * a;
                double logSigma = logSd + sdLogSigma * b;
                double sigma = Math.exp(logSigma);
                int s = c * DRAWS_PER_CHAIN + t;
                chainId[s] = c + 1;
                double[] row = logLik[s];
                for (int i = 0; i < OBSERVATIONS; i++) {
                    double z = (y[i] - mu) / sigma;
                    row[i] = -0.5 * z * z - logSigma - halfLog2Pi;
                }
            }
        }
        unitEfficiency = new double[OBSERVATIONS];
        java.util.Arrays.fill(unitEfficiency, 1.0);
    }

    /** Student-t with 4 degrees of freedom: {@code Z / sqrt(chi2_4 / 4)}. */
    private static double studentT4(Random random) {
        double chi2 = 0;
        for (int j = 0; j < 4; j++) {
            double g = random.nextGaussian();
            chi2 += g * g;
        }
        return random.nextGaussian() / Math.sqrt(chi2 / 4);
    }

    @Benchmark
    public LooResult looFromChains() {
        return loo.loo(logLik, chainId);
    }

    @Benchmark
    public LooResult looGivenRelativeEfficiency() {
        return loo.loo(logLik, unitEfficiency);
    }
}
