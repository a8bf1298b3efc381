package org.bayes4j.models.reedfrogs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.bayes4j.models.support.RandomDraws;
import org.bayes4j.spi.diagnostic.FoldScorer;
import org.bayes4j.spi.model.CrossValidation;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelData;

/**
 * K-fold cross-validation of a reed-frog model: the rows are the tanks, and
 * folds may be formed at random ({@code by == null}), by {@code tank} (the
 * same thing), by {@code density} (10, 25, 35) or, for the predator models, by
 * {@code pred}. Since each tank has its own effect, a held-out tank is always
 * a new group to the fit, whatever the folds: every scorer integrates its
 * effect out ({@link TankFoldScorer}).
 */
final class TankCrossValidation implements CrossValidation {

    /** Seed of the stream that simulates new tank effects. */
    static final long SIMULATION_SEED = 1313L;

    private final TankModel variant;
    private final ReedFrogsData.Tanks tanks;
    private final Function<ModelData, Model> build;
    private final Map<String, int[]> groupings = new LinkedHashMap<>();

    TankCrossValidation(TankModel variant, ReedFrogsData.Tanks tanks, Function<ModelData, Model> build) {
        this.variant = variant;
        this.tanks = tanks;
        this.build = build;
        int[] tank = new int[tanks.size()];
        for (int j = 0; j < tank.length; j++) tank[j] = j;
        groupings.put("tank", tank);
        groupings.put("density", levels(tanks.density()));
        if (tanks.predators() != null) groupings.put("pred", tanks.predators().clone());
    }

    @Override public int rows() { return tanks.size(); }

    @Override public Map<String, int[]> groupings() {
        Map<String, int[]> copy = new LinkedHashMap<>();
        groupings.forEach((k, v) -> copy.put(k, v.clone()));
        return copy;
    }

    @Override public FoldScorer scorer(String by) {
        if (by != null && !groupings.containsKey(by)) {
            throw new IllegalArgumentException(variant.modelName + ": cannot form folds by '" + by + "'; known groupings: " + groupings.keySet());
        }
        return new TankFoldScorer(variant, tanks, build, TankFoldScorer.DEFAULT_SIMULATIONS, RandomDraws.seeded(SIMULATION_SEED));
    }

    /** Each value's rank among the distinct values ({@code 10, 25, 35 -> 0, 1, 2}). */
    private static int[] levels(int[] values) {
        TreeSet<Integer> distinct = new TreeSet<>();
        for (int v : values) distinct.add(v);
        int[] out = new int[values.length];
        for (int j = 0; j < values.length; j++) out[j] = distinct.headSet(values[j]).size();
        return out;
    }
}
