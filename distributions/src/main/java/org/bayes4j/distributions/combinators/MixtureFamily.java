package org.bayes4j.distributions.combinators;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.distributions.callsite.CallSiteCache;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Real;
import org.bayes4j.spi.constraint.Simplex;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.distribution.ParameterSpec;

/**
 * A finite mixture {@code mixture(w, components...)} of $K$ families sharing one support and one event
 * shape, marginalised over the component indicator in log space:
 * $$\log p(y\mid w,\theta) = \log\sum_{j=1}^K w_j\,p_j(y\mid\theta_j)
 *   = \operatorname{logsumexp}_j\bigl(\log w_j + \log p_j(y\mid\theta_j)\bigr).$$
 *
 * <p>Events: scalar ($y$ a number) or of any rank shared by every component ($y$ a count vector of a
 * mixture of {@code multinomial_logit_masked} components with different availability masks, MODELS.md
 * model 4c); $p_j(y)$ is then the component's joint density of the whole event, so the mixture picks one
 * component per event, not per element. The components' event shapes (from their parameters' shapes)
 * must agree.
 *
 * <p>Parameters: $w$ on the $K$-simplex (event rank 1), then each component's parameters in order,
 * named {@code component0.mu}, {@code component0.sigma}, {@code component1.mu}, .... Components may
 * have non-constant arguments (a mixture of normals whose means are model parameters). Configure
 * with option {@code components} (the component family names, e.g. {@code ["normal", "normal"]}) and
 * optionally {@code arities} (their argument counts, checked); the descriptor
 * {@code org.bayes4j.spi.dist.Mixture.of(w, Normal.of(mu1, s1), Normal.of(mu2, s2))} sets both.
 *
 * <p>Partials: with $\ell_j = \log w_j + \log p_j(y)$ and responsibilities
 * $r_j = e^{\ell_j - \log p(y)}$ (the posterior probability of component $j$),
 * $\partial/\partial w_j = p_j(y)/p(y)$ and $\partial/\partial\theta_j = r_j\,\partial\log p_j/\partial\theta_j$
 * (likewise for $y$, summed over $j$). Component partials are computed into private per-event
 * adjoints and scaled by $r_j$ on the way out (see {@link ComponentCall}).
 *
 * <p>Draws: the component index from $w$ by inversion of its cumulative sum, then a (whole-event) draw from it.
 *
 * <p>Reference: Stan User's Guide, "Finite mixtures" ({@code log_mix}, {@code log_sum_exp});
 * PyMC {@code pm.Mixture}.
 */
public final class MixtureFamily implements DistributionFamily {

    private static final Set<String> OPTIONS = Set.of("components", "arities");

    private final List<DistributionFamily> components;
    private final List<ParameterSpec> parameters;
    private final int[] firsts;
    private final CallSiteCache<Operands, State> cache = new CallSiteCache<>(State::fits, State::new);

    /** The unconfigured family, as {@code ServiceLoader} finds it; {@link #configure} names its components. */
    public MixtureFamily() {
        this.components = List.of();
        this.parameters = List.of(weights());
        this.firsts = new int[0];
    }

    private MixtureFamily(List<DistributionFamily> components) {
        this.components = List.copyOf(components);
        List<ParameterSpec> params = new ArrayList<>();
        params.add(weights());
        firsts = new int[components.size()];
        for (int j = 0; j < components.size(); j++) {
            firsts[j] = params.size();
            params.addAll(Combinators.prefixed("component" + j, components.get(j).parameters()));
        }
        this.parameters = List.copyOf(params);
    }

    private static ParameterSpec weights() {
        return new ParameterSpec("w", Simplex.INSTANCE, 1, "mixing weights, one per component");
    }

    @Override public String name() { return "mixture"; }

    @Override
    public DistributionFamily configure(Map<String, Object> options) {
        Combinators.checkOptions(name(), options, OPTIONS);
        List<DistributionFamily> found = ComponentFamilies.resolve(name(), options);
        Combinators.checkArities(name(), options, found);
        for (int j = 1; j < found.size(); j++) {
            if (found.get(j).valueEventRank() != found.get(0).valueEventRank()) {
                throw new IllegalArgumentException(name() + ": component " + j + " (" + found.get(j).name() + ") has events of rank "
                        + found.get(j).valueEventRank() + ", but component 0 (" + found.get(0).name() + ") has events of rank "
                        + found.get(0).valueEventRank() + "; mixture components must share one event rank");
            }
        }
        Combinators.commonSupport(name(), found);
        return new MixtureFamily(found);
    }

    @Override
    public String description() {
        return components.isEmpty() ? "finite mixture of families with one support and event shape: logsumexp_j(log w_j + log p_j(y))"
                : "mixture of " + components.stream().map(DistributionFamily::name).toList() + " with weights w";
    }

    @Override public List<ParameterSpec> parameters() { return parameters; }

    @Override public Constraint support() { return components.isEmpty() ? Real.INSTANCE : components.get(0).support(); }

    @Override
    public Constraint support(double[][] constants) {
        if (components.isEmpty()) return support();
        List<Constraint> supports = new ArrayList<>();
        for (int j = 0; j < components.size(); j++) {
            supports.add(components.get(j).support(Combinators.slice(constants, firsts[j], components.get(j).parameters().size())));
        }
        return Combinators.same(name(), components, supports);
    }

    @Override public int valueEventRank() { return components.isEmpty() ? 0 : components.get(0).valueEventRank(); }

    /**
     * The components' common event shape, each from its own parameters' shapes; an axis one component
     * leaves open ({@code -1}) takes another's size.
     */
    @Override
    public int[] valueEventShape(int[][] parameterEventShapes) {
        int k = parameterEventShapes[0].length == 0 ? 1 : parameterEventShapes[0][0];
        if (k != components.size()) {
            throw new IllegalArgumentException(name() + ": w has " + k + " entries per event, but there are "
                    + components.size() + " components");
        }
        int[] common = null;
        for (int j = 0; j < components.size(); j++) {
            DistributionFamily c = components.get(j);
            int[][] own = new int[c.parameters().size()][];
            System.arraycopy(parameterEventShapes, firsts[j], own, 0, own.length);
            int[] shape;
            try {
                shape = c.valueEventShape(own);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name() + ": component" + j + " (" + e.getMessage() + ")", e);
            }
            if (common == null) {
                common = shape.clone();
                continue;
            }
            for (int a = 0; a < common.length; a++) {
                if (common[a] == -1) common[a] = shape[a];
                else if (shape[a] != -1 && shape[a] != common[a]) {
                    throw new IllegalArgumentException(name() + ": component" + j + " (" + c.name() + ") has events of shape "
                            + Arrays.toString(shape) + ", but earlier components have " + Arrays.toString(common)
                            + "; mixture components must share one event shape");
                }
            }
        }
        return common;
    }

    @Override
    public void checkParameters(double[][] constants) {
        requireConfigured();
        double[] w = constants[0];
        if (w != null) {
            int k = components.size();
            for (int e = 0; e * k < w.length; e++) {
                double sum = 0;
                for (int j = 0; j < k; j++) {
                    double x = w[e * k + j];
                    if (!(x >= 0 && x <= 1)) {
                        throw new IllegalArgumentException(name() + ": w[" + (e * k + j) + "] is " + x + ", but must be in [0, 1] (a simplex)");
                    }
                    sum += x;
                }
                if (Math.abs(sum - 1) > Simplex.SUM_TOLERANCE) {
                    throw new IllegalArgumentException(name() + ": w sums to " + sum + ", but must sum to 1 (a simplex)");
                }
            }
        }
        DistributionFamily.super.checkParameters(constants);
        for (int j = 0; j < components.size(); j++) {
            checkComponent(j, Combinators.slice(constants, firsts[j], components.get(j).parameters().size()));
        }
    }

    /**
     * The component's own check, its message renamed to this family's parameter names:
     * {@code "multinomial_logit_masked: available[3] is 2.0, ..."} becomes
     * {@code "mixture: component1.available[3] is 2.0, ..."}.
     */
    private void checkComponent(int j, double[][] constants) {
        DistributionFamily c = components.get(j);
        try {
            c.checkParameters(constants);
        } catch (IllegalArgumentException e) {
            String message = String.valueOf(e.getMessage()), own = c.name() + ": ";
            for (ParameterSpec p : c.parameters()) {
                if (message.startsWith(own + p.name())) {
                    throw new IllegalArgumentException(name() + ": component" + j + "." + message.substring(own.length()), e);
                }
            }
            throw new IllegalArgumentException(name() + ": component" + j + " (" + message + ")", e);
        }
    }

    @Override
    public double logDensity(Operands args) {
        requireConfigured();
        State s = cache.get(args);
        int k = components.size(), batch = args.batchSize();
        for (ComponentCall c : s.calls) {
            c.load(args);
            c.evaluate();
        }
        Operand w = args.parameter(0);
        double[] r = s.responsibility, pointwise = args.pointwise();
        double total = 0;
        for (int b = 0; b < batch; b++) {
            double lp = Double.NEGATIVE_INFINITY;
            if (Combinators.isSimplex(w, b, k)) {
                double max = Double.NEGATIVE_INFINITY;
                for (int j = 0; j < k; j++) {
                    r[b * k + j] = Math.log(w.get(b, j)) + s.calls[j].pointwise()[b];
                    max = Math.max(max, r[b * k + j]);
                }
                if (max > Double.NEGATIVE_INFINITY) {
                    // log-sum-exp shifted by the largest term: no overflow, and the largest term is exactly 1
                    double sum = 0;
                    for (int j = 0; j < k; j++) sum += Math.exp(r[b * k + j] - max);
                    lp = max + Math.log(sum);
                }
            }
            if (lp == Double.NEGATIVE_INFINITY) {
                Arrays.fill(r, b * k, b * k + k, 0);
            } else {
                for (int j = 0; j < k; j++) {
                    r[b * k + j] = Math.exp(r[b * k + j] - lp);
                    // d lp / d w_j = p_j / p, finite even where w_j = 0
                    w.addAdjoint(b, j, Math.exp(s.calls[j].pointwise()[b] - lp));
                }
            }
            if (pointwise != null) pointwise[b] = lp;
            total += lp;
        }
        for (int j = 0; j < k; j++) s.calls[j].chain(args, r, k, j);
        return total;
    }

    @Override
    public void sample(UniformRandomProvider rng, Operands args, double[] out, int outOffset) {
        requireConfigured();
        State s = cache.get(args);
        int k = components.size(), size = args.value().eventSize();
        for (int j = 0; j < k; j++) {
            s.calls[j].load(args);
            s.calls[j].sample(rng, s.draws[j]);
        }
        Operand w = args.parameter(0);
        for (int b = 0; b < args.batchSize(); b++) {
            double u = rng.nextDouble(), cumulative = 0;
            int pick = k - 1;
            for (int j = 0; j < k - 1; j++) {
                cumulative += w.get(b, j);
                if (u < cumulative) {
                    pick = j;
                    break;
                }
            }
            // the whole event of the chosen component (one number for a scalar family)
            System.arraycopy(s.draws[pick], b * size, out, outOffset + b * size, size);
        }
    }

    private void requireConfigured() {
        if (components.isEmpty()) {
            throw new IllegalStateException(name() + ": configure(options) with option 'components' before use");
        }
    }

    /** The component sub-calls of one call site, with buffers for responsibilities and draws. */
    private final class State {
        final ComponentCall[] calls;
        final double[] responsibility;
        final double[][] draws;

        State(Operands args) {
            int k = components.size();
            calls = new ComponentCall[k];
            for (int j = 0; j < k; j++) calls[j] = new ComponentCall(components.get(j), args, firsts[j], true);
            responsibility = new double[args.batchSize() * k];
            draws = new double[k][args.batchSize() * args.value().eventSize()];
        }

        boolean fits(Operands args) {
            for (ComponentCall c : calls) if (!c.fits(args)) return false;
            return true;
        }
    }

    @Override public String toString() { return "MixtureFamily" + components.stream().map(DistributionFamily::name).toList(); }
}
