package org.bayes4j.autodiff.compile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.bayes4j.spi.bijector.Bijector;
import org.bayes4j.spi.bijector.BijectorRegistry;
import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Shapes;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.ParameterSpec;
import org.bayes4j.spi.model.Constant;
import org.bayes4j.spi.model.Data;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.DistributionSpec;
import org.bayes4j.spi.model.Expr;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.Op;
import org.bayes4j.spi.model.OpExpr;
import org.bayes4j.spi.model.Var;

/**
 * Turns a {@link Model} into a {@link Program}: numbers the nodes in
 * topological order, marks constant nodes, lays out every family call site,
 * resolves bijectors and validates constant arguments and observed data.
 * A compiler instance is used for one model.
 */
public final class GraphCompiler {

    private final Model model;
    private final Map<String, DistributionFamily> families;
    private final BijectorRegistry bijectors;

    private final IdentityHashMap<Expr, Integer> ids = new IdentityHashMap<>();
    private final List<int[]> shapes = new ArrayList<>();
    private final List<Boolean> constant = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<LeafPlan> leaves = new ArrayList<>();
    private final List<OpPlan> ops = new ArrayList<>();
    private final Map<String, Integer> dataNodes = new LinkedHashMap<>();
    private final Map<String, List<DataSlot.IndexUse>> indexUses = new LinkedHashMap<>();

    private final boolean fuseOps;

    public GraphCompiler(Model model, Map<String, DistributionFamily> families, BijectorRegistry bijectors) {
        this(model, families, bijectors, true);
    }

    /**
     * @param fuseOps whether subgraphs are replaced by fused kernels ({@link OpFusion}); off only to
     *                compare the two programs, which compute the same values and gradients
     */
    public GraphCompiler(Model model, Map<String, DistributionFamily> families, BijectorRegistry bijectors, boolean fuseOps) {
        this.model = model;
        this.families = families;
        this.bijectors = bijectors;
        this.fuseOps = fuseOps;
    }

    /** A structural call site before constant values are known. */
    private record Site(Var var, DistributionFamily family, int[] valueShape, int[] valueEvent, int batch, int[] params,
                        boolean[] broadcast, int[][] paramEvents) {}

    public Program compile() {
        for (Data d : model.data()) visit(d);
        List<Var> free = model.freeVariables();
        List<Site> freeSites = new ArrayList<>();
        for (Var v : free) freeSites.add(site(v, leafForFree(v)));
        List<Site> observedSites = new ArrayList<>();
        for (Var v : model.observedVariables()) observedSites.add(site(v, visit(v)));
        List<String> detNames = new ArrayList<>(model.deterministics().keySet());
        int[] detNodes = new int[detNames.size()];
        for (int i = 0; i < detNodes.length; i++) {
            detNodes[i] = visit(model.deterministics().get(detNames.get(i)));
            int node = detNodes[i];
            if (ops.stream().anyMatch(o -> o.node() == node)) labels.set(node, detNames.get(i));
        }
        List<String> potNames = new ArrayList<>(model.potentials().keySet());
        int[] potNodes = new int[potNames.size()];
        for (int i = 0; i < potNodes.length; i++) potNodes[i] = visit(model.potentials().get(potNames.get(i)));

        int n = shapes.size();
        int[][] shapeArr = shapes.toArray(new int[0][]);
        boolean[] constArr = new boolean[n];
        for (int i = 0; i < n; i++) constArr[i] = constant.get(i);
        if (fuseOps) {
            List<OpPlan> fused = OpFusion.fuse(ops, shapeArr, constArr, readOutsideOps(n, freeSites, observedSites, detNodes, potNodes), labels);
            ops.clear();
            ops.addAll(fused);
        }
        LeafPlan[] leafArr = leaves.toArray(new LeafPlan[0]);
        boolean[] inDensity = densityNodes(n, freeSites, observedSites, potNodes);
        OpPlan[] constOps = ops.stream().filter(o -> constArr[o.node()]).toArray(OpPlan[]::new);
        OpPlan[] varOps = ops.stream().filter(o -> !constArr[o.node()] && inDensity[o.node()]).toArray(OpPlan[]::new);
        OpPlan[] outOps = ops.stream().filter(o -> !constArr[o.node()] && !inDensity[o.node()]).toArray(OpPlan[]::new);

        // Evaluate every constant node once, to validate constant arguments and data.
        NodeBuffers buffers = new NodeBuffers(shapeArr, constArr, inDensity, leafArr, constOps, varOps, outOps);
        for (Map.Entry<String, Integer> d : dataNodes.entrySet()) {
            Data data = findData(d.getKey());
            double[] v = data.values();
            System.arraycopy(v, 0, buffers.value[d.getValue()], 0, v.length);
        }
        buffers.runConstants();

        FreeVariablePlan[] freePlans = new FreeVariablePlan[free.size()];
        int offset = 0;
        for (int i = 0; i < free.size(); i++) {
            Site s = freeSites.get(i);
            CallSitePlan plan = finish(s, false, buffers, constArr);
            Constraint support = plan.support();
            Var v = s.var();
            if (support.isDiscrete()) {
                throw new IllegalArgumentException(v.name() + ": the support of " + v.distribution().family() + " is "
                        + support.name() + ", which is discrete; HMC cannot sample a discrete parameter: observe it, or marginalise it out");
            }
            Bijector b;
            try {
                b = bijectors.create(support, v.shape());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(v.name() + ": " + e.getMessage(), e);
            }
            freePlans[i] = new FreeVariablePlan(v, ids.get(v), v.shape(), support, offset, b.unconstrainedSize(), plan);
            offset += b.unconstrainedSize();
        }
        CallSitePlan[] obsPlans = new CallSitePlan[observedSites.size()];
        Map<String, List<DataSlot.ObservedUse>> observedUses = new LinkedHashMap<>();
        for (int i = 0; i < obsPlans.length; i++) {
            Site s = observedSites.get(i);
            obsPlans[i] = finish(s, true, buffers, constArr);
            Data data = s.var().observed();
            DataSlot.ObservedUse use = new DataSlot.ObservedUse(s.var().name(), obsPlans[i].support(), s.var().shape(),
                    s.family().valueEventRank());
            Checks.observed(use, data.name(), buffers.value[ids.get(data)]);
            if (dataNodes.containsKey(data.name())) observedUses.computeIfAbsent(data.name(), k -> new ArrayList<>()).add(use);
        }
        List<DataSlot> slots = new ArrayList<>();
        for (Map.Entry<String, Integer> d : dataNodes.entrySet()) {
            slots.add(new DataSlot(findData(d.getKey()), d.getValue(), List.copyOf(indexUses.getOrDefault(d.getKey(), List.of())),
                    List.copyOf(observedUses.getOrDefault(d.getKey(), List.of()))));
        }
        return new Program(model, shapeArr, constArr, inDensity, labels.toArray(new String[0]), leafArr, constOps, varOps, outOps, freePlans,
                obsPlans, potNodes, potNames.toArray(new String[0]), detNames.toArray(new String[0]), detNodes,
                List.copyOf(slots), bijectors, offset);
    }

    /**
     * The nodes the log density reads: call-site operands, potentials, and
     * (walking the topologically ordered ops backwards) all their inputs. Ops
     * outside this set only feed deterministics, so the sampler's sweeps skip
     * them, as Stan skips generated quantities.
     */
    private boolean[] densityNodes(int n, List<Site> freeSites, List<Site> observedSites, int[] potNodes) {
        boolean[] needed = readBySitesAndPotentials(n, freeSites, observedSites, potNodes);
        for (int i = ops.size() - 1; i >= 0; i--) {
            OpPlan o = ops.get(i);
            if (needed[o.node()]) for (int in : o.inputs()) needed[in] = true;
        }
        return needed;
    }

    /** Nodes read other than as an op's input: call-site values and parameters, potentials, deterministics. */
    private boolean[] readOutsideOps(int n, List<Site> freeSites, List<Site> observedSites, int[] detNodes, int[] potNodes) {
        boolean[] read = readBySitesAndPotentials(n, freeSites, observedSites, potNodes);
        for (int d : detNodes) read[d] = true;
        return read;
    }

    /** Call-site values and parameters, and potentials: the nodes the log density reads directly. */
    private boolean[] readBySitesAndPotentials(int n, List<Site> freeSites, List<Site> observedSites, int[] potNodes) {
        boolean[] read = new boolean[n];
        List<Site> sites = new ArrayList<>(freeSites);
        sites.addAll(observedSites);
        for (Site s : sites) {
            read[ids.get(s.var())] = true;
            for (int p : s.params()) read[p] = true;
        }
        for (int p : potNodes) read[p] = true;
        return read;
    }

    private Data findData(String name) {
        for (Data d : model.data()) if (d.name().equals(name)) return d;
        throw new IllegalStateException("no data " + name);
    }

    // ---- nodes ---------------------------------------------------------------------

    private int newNode(Expr e, boolean isConstant, String label) {
        int id = shapes.size();
        ids.put(e, id);
        shapes.add(e.shape());
        constant.add(isConstant);
        labels.add(label);
        return id;
    }

    private int leafForFree(Var v) {
        Integer id = ids.get(v);
        return id != null ? id : newNode(v, false, v.name());
    }

    /** Node number of {@code e}, adding it (after its inputs) on first sight. */
    private int visit(Expr e) {
        Integer known = ids.get(e);
        if (known != null) return known;
        if (e instanceof Var v) {
            if (!v.isObserved()) {
                throw new IllegalArgumentException(model.name() + ": expression uses '" + v.name()
                        + "', which is not a free variable declared before it in this model");
            }
            int node = visit(v.observed());
            ids.put(v, node);
            return node;
        }
        if (e instanceof Data d) {
            boolean own = model.data().contains(d);
            int node = newNode(d, true, d.name());
            leaves.add(new LeafPlan(node, own ? d.name() : null, own ? null : d.values()));
            if (own) dataNodes.put(d.name(), node);
            return node;
        }
        if (e instanceof Constant c) {
            int node = newNode(c, true, c.size() == 1 ? Double.toString(c.values()[0]) : "constant");
            leaves.add(new LeafPlan(node, null, c.values()));
            return node;
        }
        if (e instanceof OpExpr o) {
            List<Expr> in = o.inputs();
            int[] inputs = new int[in.size()];
            boolean allConstant = true;
            for (int i = 0; i < inputs.length; i++) {
                inputs[i] = visit(in.get(i));
                allConstant &= constant.get(inputs[i]);
            }
            if (o.op() == Op.GATHER) recordIndexUses(o, in);
            String label = o.op().name().toLowerCase() + Arrays.stream(inputs).mapToObj(labels::get)
                    .map(l -> l.length() > 24 ? "…" : l).collect(Collectors.joining(", ", "(", ")"));
            int node = newNode(o, allConstant, label);
            ops.add(new OpPlan(node, o.op(), o.attribute(), inputs));
            return node;
        }
        throw new IllegalArgumentException(model.name() + ": cannot compile expression of type " + e.getClass().getName());
    }

    private void recordIndexUses(OpExpr o, List<Expr> in) {
        Expr x = in.get(0);
        String target = x.label().length() > 40 ? "expression" : x.label();
        for (int k = 1; k < in.size(); k++) {
            if (in.get(k) instanceof Data d && dataNodes.containsKey(d.name())) {
                indexUses.computeIfAbsent(d.name(), key -> new ArrayList<>())
                        .add(new DataSlot.IndexUse(target, k - 1, x.dims().get(k - 1).size()));
            }
        }
    }

    // ---- call sites ------------------------------------------------------------------

    private DistributionFamily family(Var v) {
        String name = v.distribution().family();
        DistributionFamily f = families.get(name);
        if (f == null) {
            throw new IllegalArgumentException(v.name() + ": unknown distribution family '" + name + "'; known: "
                    + families.keySet().stream().sorted().collect(Collectors.joining(", ")));
        }
        try {
            return f.configure(v.distribution().options());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(v.name() + ": " + e.getMessage(), e);
        }
    }

    private Site site(Var v, int valueNode) {
        DistributionFamily f = family(v);
        DistributionSpec spec = v.distribution();
        List<ParameterSpec> params = f.parameters();
        List<Expr> args = spec.arguments();
        if (args.size() != params.size()) {
            throw new IllegalArgumentException(v.name() + ": " + f.name() + " takes " + params.size() + " arguments ("
                    + params.stream().map(ParameterSpec::name).collect(Collectors.joining(", ")) + "), got " + args.size());
        }
        int r = f.valueEventRank();
        int[] shape = v.shape();
        if (shape.length < r) {
            throw new IllegalArgumentException(v.name() + ": " + f.name() + " has events of rank " + r + ", but '" + v.name()
                    + "' has dims " + v.dimsText());
        }
        int[] valueBatch = Shapes.batchShape(shape, r);
        int[] valueEvent = Shapes.eventShape(shape, r);
        int batch = Shapes.size(valueBatch);
        int[] nodes = new int[args.size()];
        boolean[] broadcast = new boolean[args.size()];
        int[][] events = new int[args.size()][];
        for (int i = 0; i < nodes.length; i++) {
            Expr arg = args.get(i);
            ParameterSpec p = params.get(i);
            int e = p.eventRank();
            int[] argShape = arg.shape();
            if (argShape.length < e) {
                throw new IllegalArgumentException(v.name() + ": " + f.name() + " parameter " + p.name() + " needs events of rank " + e
                        + ", but '" + arg.label() + "' has dims " + arg.dimsText());
            }
            int[] argBatch = Shapes.batchShape(argShape, e);
            events[i] = Shapes.eventShape(argShape, e);
            int argBatchSize = Shapes.size(argBatch);
            int node = visit(arg);
            if (argBatchSize == 1) {
                broadcast[i] = true;
            } else {
                int[] squeezed = argBatch;
                while (squeezed.length > valueBatch.length && squeezed[0] == 1) squeezed = Arrays.copyOfRange(squeezed, 1, squeezed.length);
                int[] joint = org.bayes4j.autodiff.ops.BroadcastIndex.broadcastShape(squeezed, valueBatch);
                if (joint == null || !Arrays.equals(joint, valueBatch)) {
                    throw new IllegalArgumentException(v.name() + ": " + f.name() + " parameter " + p.name() + " '" + arg.label()
                            + "' has dims " + arg.dimsText() + ", whose batch part " + Arrays.toString(argBatch)
                            + " does not broadcast to the batch " + Arrays.toString(valueBatch) + " of '" + v.name() + "' " + v.dimsText());
                }
                if (argBatchSize != batch) {
                    // partial broadcast, e.g. (G, 1) against (G, C): materialise it so the family sees a strided batch
                    List<Dim> target = new ArrayList<>(v.dims().subList(0, valueBatch.length));
                    target.addAll(arg.dims().subList(arg.rank() - e, arg.rank()));
                    node = visit(arg.broadcastTo(target.toArray(new Dim[0])));
                }
            }
            nodes[i] = node;
        }
        int[] expected;
        try {
            expected = f.valueEventShape(events);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(v.name() + ": " + ex.getMessage(), ex);
        }
        if (!eventShapeMatches(expected, valueEvent)) {
            throw new IllegalArgumentException(v.name() + ": " + f.name() + " with these parameters has events of shape "
                    + Arrays.toString(expected) + ", but '" + v.name() + "' " + v.dimsText() + " has events of shape "
                    + Arrays.toString(valueEvent));
        }
        return new Site(v, f, shape, valueEvent, batch, nodes, broadcast, events);
    }

    /** Whether a family's expected event shape admits the value's; an entry of -1 takes its size from the value (a zero-sum normal, an LKJ factor). */
    private static boolean eventShapeMatches(int[] expected, int[] actual) {
        if (expected.length != actual.length) return false;
        for (int a = 0; a < expected.length; a++) if (expected[a] != -1 && expected[a] != actual[a]) return false;
        return true;
    }

    private CallSitePlan finish(Site s, boolean observed, NodeBuffers buffers, boolean[] constArr) {
        double[][] constants = new double[s.params().length][];
        for (int i = 0; i < constants.length; i++) {
            int node = s.params()[i];
            constants[i] = constArr[node] ? buffers.value[node].clone() : null;
        }
        DistributionFamily f = s.family();
        Constraint support;
        try {
            f.checkParameters(constants);
            support = f.support(constants);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(s.var().name() + ": " + ex.getMessage(), ex);
        }
        return new CallSitePlan(s.var().name(), f, observed, ids.get(s.var()), s.valueShape(), s.valueEvent(), s.batch(),
                s.params(), s.broadcast(), s.paramEvents(), s.var().distribution().options(), support);
    }
}
