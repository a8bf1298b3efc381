package org.bayes4j.autodiff.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.bayes4j.autodiff.compile.CallSitePlan;
import org.bayes4j.autodiff.compile.Checks;
import org.bayes4j.autodiff.compile.DataSlot;
import org.bayes4j.autodiff.compile.FreeVariablePlan;
import org.bayes4j.autodiff.compile.NodeBuffers;
import org.bayes4j.autodiff.compile.Program;
import org.bayes4j.autodiff.predictive.AncestralSampler;
import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.density.LogDensity;
import org.bayes4j.spi.density.VariableInfo;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.Profile;
import org.bayes4j.spi.model.Var;

/**
 * A compiled model: hands out {@link Evaluator}s (one per chain) and provides
 * the workflow around them — recorded outputs, constrain / unconstrain,
 * pointwise log-likelihood, prior and posterior predictive simulation, data
 * replacement and profiling.
 *
 * <p><b>Threading.</b> Methods other than {@link #newEvaluator()} and
 * {@link #writeOutput} use a per-thread evaluator, so they may be called
 * concurrently; {@link #setData} must not run while evaluators are in use.
 */
public final class GraphModel implements CompiledModel {

    private final Program program;
    private final DataStore store;
    private final List<VariableInfo> parameters, observed, outputs;
    private final List<String> outputNames;
    private final ThreadLocal<Evaluator> local;

    public GraphModel(Program program) {
        this.program = program;
        this.store = new DataStore(program.data());
        List<VariableInfo> params = new ArrayList<>();
        for (FreeVariablePlan f : program.free()) params.add(info(f.name(), f.variable(), VariableInfo.Kind.PARAMETER));
        this.parameters = List.copyOf(params);
        List<VariableInfo> obs = new ArrayList<>();
        for (Var v : program.model().observedVariables()) obs.add(info(v.name(), v, VariableInfo.Kind.OBSERVED));
        this.observed = List.copyOf(obs);
        List<VariableInfo> out = new ArrayList<>(params);
        for (Map.Entry<String, Expr> d : program.model().deterministics().entrySet()) {
            out.add(info(d.getKey(), d.getValue(), VariableInfo.Kind.DETERMINISTIC));
        }
        this.outputs = List.copyOf(out);
        List<String> names = new ArrayList<>();
        for (VariableInfo v : outputs) names.addAll(v.elementNames());
        this.outputNames = Collections.unmodifiableList(names);
        this.local = ThreadLocal.withInitial(this::newEvaluator);
    }

    private static VariableInfo info(String name, Expr e, VariableInfo.Kind kind) {
        List<String> dimNames = new ArrayList<>();
        List<List<String>> coords = new ArrayList<>();
        for (Dim d : e.dims()) {
            dimNames.add(d.name());
            coords.add(d.coords());
        }
        return new VariableInfo(name, e.shape(), dimNames, coords, kind);
    }

    public Program program() { return program; }

    @Override public Model model() { return program.model(); }

    @Override public int dimension() { return program.dimension(); }

    @Override public Evaluator newEvaluator() { return new Evaluator(program, store); }

    @Override public List<String> outputNames() { return outputNames; }

    @Override public List<VariableInfo> outputVariables() { return outputs; }

    @Override public List<VariableInfo> parameters() { return parameters; }

    @Override public List<VariableInfo> observed() { return observed; }

    private Evaluator own(LogDensity evaluator) {
        if (evaluator instanceof Evaluator e && e.program() == program) return e;
        return local.get();
    }

    @Override public void writeOutput(LogDensity evaluator, double[] theta, double[] out) {
        Evaluator e = own(evaluator);
        e.forwardAll(theta);
        double[][] value = e.buffers().value;
        int k = 0;
        for (FreeVariablePlan f : program.free()) {
            double[] v = value[f.node()];
            System.arraycopy(v, 0, out, k, v.length);
            k += v.length;
        }
        for (int node : program.deterministicNodes()) {
            double[] v = value[node];
            System.arraycopy(v, 0, out, k, v.length);
            k += v.length;
        }
    }

    @Override public Map<String, double[]> constrainedValues(double[] theta) {
        Evaluator e = local.get();
        e.forwardAll(theta);
        double[][] value = e.buffers().value;
        Map<String, double[]> out = new LinkedHashMap<>();
        for (FreeVariablePlan f : program.free()) out.put(f.name(), value[f.node()].clone());
        for (int i = 0; i < program.deterministicNames().length; i++) {
            out.put(program.deterministicNames()[i], value[program.deterministicNodes()[i]].clone());
        }
        return out;
    }

    @Override public double[] unconstrain(Map<String, double[]> parameterValues) {
        double[] theta = new double[program.dimension()];
        for (int i = 0; i < program.free().length; i++) {
            FreeVariablePlan f = program.free()[i];
            double[] y = parameterValues.get(f.name());
            if (y == null) {
                throw new IllegalArgumentException("unconstrain: no value for '" + f.name() + "' (" + f.support().name() + ", shape "
                        + Arrays.toString(f.shape()) + "); given: " + parameterValues.keySet());
            }
            if (y.length != f.size()) {
                throw new IllegalArgumentException("unconstrain: '" + f.name() + "' needs " + f.size() + " values (shape "
                        + Arrays.toString(f.shape()) + "), got " + y.length);
            }
            checkSupport(parameters.get(i), f.support(), y);
            Bijector b = program.bijectors().create(f.support(), f.shape());
            b.inverse(y, 0, theta, f.thetaOffset());
        }
        return theta;
    }

    private static void checkSupport(VariableInfo info, Constraint support, double[] y) {
        int[] shape = info.shape();
        int rank = support.eventRank();
        int[] event = Arrays.copyOfRange(shape, shape.length - rank, shape.length);
        int eventSize = 1;
        for (int s : event) eventSize *= s;
        double[] buf = new double[eventSize];
        for (int e = 0; e * eventSize < y.length; e++) {
            System.arraycopy(y, e * eventSize, buf, 0, eventSize);
            if (!support.contains(buf, event)) {
                String where;
                if (rank == 0) {
                    where = info.elementName(multiIndex(e, shape));
                } else {
                    where = info.name() + (shape.length > rank ? "[event " + e + "]" : "");
                }
                String shown = eventSize == 1 ? Checks.number(buf[0]) : Arrays.toString(buf);
                throw new IllegalArgumentException("unconstrain: " + where + " is " + shown + ", but must be " + support.name());
            }
        }
    }

    private static int[] multiIndex(int flat, int[] shape) {
        int[] idx = new int[shape.length];
        for (int a = shape.length - 1; a >= 0; a--) {
            idx[a] = flat % shape[a];
            flat /= shape[a];
        }
        return idx;
    }

    @Override public int pointwiseSize() { return program.pointwiseSize(); }

    @Override public void pointwiseLogLikelihood(double[] theta, double[] out) {
        Evaluator e = local.get();
        e.forwardValues(theta);
        e.pointwise(out);
    }

    @Override public Map<String, double[]> samplePrior(UniformRandomProvider rng) {
        return AncestralSampler.prior(local.get(), rng);
    }

    @Override public Map<String, double[]> samplePosteriorPredictive(UniformRandomProvider rng, double[] theta) {
        return AncestralSampler.posteriorPredictive(local.get(), rng, theta);
    }

    @Override public synchronized void setData(String name, double[] values) {
        DataSlot slot = program.dataSlot(name);
        int size = slot.data().size();
        if (values.length != size) {
            throw new IllegalArgumentException("setData: '" + name + "' has dims " + slot.data().dimsText() + " and needs " + size
                    + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (Double.isNaN(values[i])) throw new IllegalArgumentException("setData: '" + name + "'[" + i + "] is NaN, but must be a number");
        }
        if (slot.data().isInteger()) Checks.integers(name, values);
        for (DataSlot.IndexUse use : slot.indexes()) Checks.index(use, name, values);
        for (DataSlot.ObservedUse use : slot.observes()) Checks.observed(use, name, values);
        checkConstantArguments(slot, values);
        store.replace(program.data().indexOf(slot), values);
    }

    /** Recomputes the constant nodes with the new data and re-validates every family's constant arguments. */
    private void checkConstantArguments(DataSlot changed, double[] values) {
        NodeBuffers b = new NodeBuffers(program);
        List<DataSlot> slots = program.data();
        for (int i = 0; i < slots.size(); i++) {
            double[] v = slots.get(i) == changed ? values : store.values(i);
            System.arraycopy(v, 0, b.value[slots.get(i).node()], 0, v.length);
        }
        b.runConstants();
        for (CallSitePlan c : program.callSites()) {
            double[][] constants = new double[c.paramNodes().length][];
            for (int i = 0; i < constants.length; i++) {
                int node = c.paramNodes()[i];
                if (program.constant()[node]) constants[i] = b.value[node];
            }
            try {
                c.family().checkParameters(constants);
            } catch (IllegalArgumentException ex) {
                throw new IllegalArgumentException("setData '" + changed.name() + "': " + c.variable() + ": " + ex.getMessage(), ex);
            }
        }
    }

    @Override public Profile profile(double[] theta, int evaluations) {
        return local.get().profile(theta, evaluations);
    }

    @Override public String toString() {
        return "CompiledModel(" + program.model().name() + ", dimension " + program.dimension() + ", " + program.numNodes() + " nodes)";
    }
}
