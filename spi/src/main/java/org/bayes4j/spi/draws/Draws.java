package org.bayes4j.spi.draws;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bayes4j.spi.density.VariableInfo;

/**
 * The result of a fit: chains x draws x quantities with names expanded by
 * coords, per-chain sample statistics and timings, warm-up kept apart, and the
 * run's settings (for CmdStan CSV headers).
 */
public final class Draws {

    private final List<VariableInfo> variables;
    private final List<String> names;
    private final List<ChainDraws> chains;
    private final Map<String, String> metadata;

    public Draws(List<VariableInfo> variables, List<ChainDraws> chains, Map<String, String> metadata) {
        this.variables = List.copyOf(variables);
        List<String> n = new ArrayList<>();
        for (VariableInfo v : variables) n.addAll(v.elementNames());
        this.names = List.copyOf(n);
        this.chains = List.copyOf(chains);
        this.metadata = Map.copyOf(metadata);
        for (int c = 0; c < chains.size(); c++) {
            for (double[] row : chains.get(c).draws()) {
                if (row.length != names.size()) {
                    throw new IllegalArgumentException("chain " + c + " has rows of " + row.length + " values but there are "
                            + names.size() + " named quantities");
                }
            }
        }
    }

    public List<VariableInfo> variables() { return variables; }

    /** Element names in column order ({@code alpha[0]}, {@code beta[petal_length, virginica]}). */
    public List<String> names() { return names; }

    public List<ChainDraws> chains() { return chains; }

    public int numChains() { return chains.size(); }

    /** Kept draws per chain: the minimum over chains (chains that stopped early are shorter). */
    public int numDraws() { return chains.stream().mapToInt(ChainDraws::numDraws).min().orElse(0); }

    public int numQuantities() { return names.size(); }

    /** Settings and provenance: sampler, seed, warm-up, model, ... */
    public Map<String, String> metadata() { return metadata; }

    /** Column index of an element name; throws listing a few names when absent. */
    public int indexOf(String name) {
        int i = names.indexOf(name);
        if (i < 0) throw new IllegalArgumentException("no quantity '" + name + "' in the draws; first names: "
                + names.subList(0, Math.min(10, names.size())));
        return i;
    }

    /** Draws of one quantity as chains x iterations (truncated to {@link #numDraws()}), a fresh array. */
    public double[][] quantity(int column) {
        int n = numDraws();
        double[][] out = new double[chains.size()][n];
        for (int c = 0; c < chains.size(); c++) {
            double[][] d = chains.get(c).draws();
            for (int i = 0; i < n; i++) out[c][i] = d[i][column];
        }
        return out;
    }

    public double[][] quantity(String name) { return quantity(indexOf(name)); }

    /** Total divergent transitions after warm-up over all chains. */
    public long divergences() { return chains.stream().mapToLong(ChainDraws::divergences).sum(); }

    public long gradientEvaluations() { return chains.stream().mapToLong(ChainDraws::gradientEvaluations).sum(); }
}
