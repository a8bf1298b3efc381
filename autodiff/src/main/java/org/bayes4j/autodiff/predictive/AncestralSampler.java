package org.bayes4j.autodiff.predictive;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.autodiff.compile.CallSitePlan;
import org.bayes4j.autodiff.compile.FreeVariablePlan;
import org.bayes4j.autodiff.compile.NodeBuffers;
import org.bayes4j.autodiff.compile.Program;
import org.bayes4j.autodiff.eval.CallSite;
import org.bayes4j.autodiff.eval.Evaluator;

/**
 * Prior and posterior predictive draws through an evaluator's buffers.
 *
 * <p>Prior: for each free variable {@code v} in declaration order, run the
 * forward sweep (so the arguments of {@code v}'s prior see every variable drawn
 * so far) and draw {@code v} into its own value buffer; then compute the
 * deterministics and draw each observed variable. Ops that depend on variables
 * not yet drawn are computed from stale values during the intermediate sweeps,
 * but nothing reads them before they are recomputed.
 *
 * <p>An observed variable used inside another expression keeps its observed
 * value during prior simulation (the expression reads the data node).
 */
public final class AncestralSampler {

    private AncestralSampler() {}

    /** One joint draw from the prior predictive, by variable name. */
    public static Map<String, double[]> prior(Evaluator e, UniformRandomProvider rng) {
        Program p = e.program();
        e.refresh();
        NodeBuffers b = e.buffers();
        FreeVariablePlan[] free = p.free();
        for (int i = 0; i < free.length; i++) {
            b.forward();
            CallSite site = e.prior(i);
            site.plan.family().sample(rng, site.valuesOnly, b.value[free[i].node()], 0);
        }
        b.forward();
        b.forwardOutputs();
        Map<String, double[]> out = new LinkedHashMap<>();
        for (FreeVariablePlan f : free) out.put(f.name(), b.value[f.node()].clone());
        for (int i = 0; i < p.deterministicNames().length; i++) out.put(p.deterministicNames()[i], b.value[p.deterministicNodes()[i]].clone());
        out.putAll(observed(e, rng));
        return out;
    }

    /** Draws every observed variable given the current forward values of {@code e}. */
    public static Map<String, double[]> observed(Evaluator e, UniformRandomProvider rng) {
        Map<String, double[]> out = new LinkedHashMap<>();
        CallSitePlan[] obs = e.program().observed();
        for (int i = 0; i < obs.length; i++) {
            CallSite site = e.likelihood(i);
            double[] draw = new double[e.buffers().value[obs[i].valueNode()].length];
            site.plan.family().sample(rng, site.valuesOnly, draw, 0);
            out.put(obs[i].variable(), draw);
        }
        return out;
    }

    /** Draws every observed variable at the unconstrained parameter point {@code theta}. */
    public static Map<String, double[]> posteriorPredictive(Evaluator e, UniformRandomProvider rng, double[] theta) {
        e.forwardValues(theta);
        return observed(e, rng);
    }
}
