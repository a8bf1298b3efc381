package org.bayes4j.models.reedfrogs;

import java.util.ArrayList;
import java.util.List;

import org.bayes4j.models.support.DataChecks;
import org.bayes4j.spi.model.DataVariable;
import org.bayes4j.spi.model.ModelData;

/**
 * The reed-frog tank data (Vonesh &amp; Bolker 2005, as in McElreath's
 * {@code rethinking::reedfrogs}): per tank, the number of tadpoles put in
 * ({@code density}), the number alive at the end ({@code surv}) and, for the
 * predator models, whether predators were present ({@code pred}).
 *
 * <p>Two layouts are read. A CSV file in the layout of
 * {@code reedfrogs.csv} has columns {@code density}, {@code surv} and
 * {@code pred} (the text {@code pred} or {@code no}, or 1/0); other columns,
 * such as {@code size} and {@code propsurv}, are ignored. A Stan-style JSON
 * file uses {@code N} (number of tanks), {@code D} (density), {@code S}
 * (survivors) and {@code P} (predators, 1/0). When both spellings are present
 * the CSV names win. The fixed-sigma model also reads the optional scalar
 * {@code sigma} (default 1).
 *
 * <p>Checks: counts are integers {@code >= 0}, all columns have equal length,
 * {@code surv <= density} in every row, {@code N}, when given, equals the
 * number of rows, {@code pred} is one of {@code pred, no, 1, 0}, and
 * {@code sigma} is a positive number. Each failure names the variable, the row
 * and the value.
 */
final class ReedFrogsData {

    /** The constant tank spread of the fixed-sigma model when the data do not give one. */
    static final double DEFAULT_FIXED_SIGMA = 1.0;

    private ReedFrogsData() {}

    /**
     * Checked data of one fit.
     *
     * @param predators 1 where predators were present, else 0; {@code null} when the model does not read them
     * @param sigma     the fixed tank spread, or NaN when the model estimates it
     */
    record Tanks(int[] density, int[] survivors, int[] predators, double sigma) {
        int size() { return density.length; }

        /** The tanks marked in {@code keep}, as data the same model builds from. */
        ModelData subset(boolean[] keep, String source) {
            int n = 0;
            for (boolean k : keep) if (k) n++;
            int[] d = new int[n], s = new int[n], p = new int[n];
            for (int j = 0, i = 0; j < keep.length; j++) {
                if (!keep[j]) continue;
                d[i] = density[j];
                s[i] = survivors[j];
                if (predators != null) p[i] = predators[j];
                i++;
            }
            ModelData.Builder b = ModelData.builder(source).put("density", d, n).put("surv", s, n);
            if (predators != null) b.put("pred", p, n);
            if (!Double.isNaN(sigma)) b.scalar("sigma", sigma);
            return b.build();
        }
    }

    /**
     * Reads and checks the columns a model needs.
     *
     * @param withPredators read the {@code pred} column (required)
     * @param fixedSigma    read the optional scalar {@code sigma}
     */
    static Tanks read(ModelData data, boolean withPredators, boolean fixedSigma) {
        String densityName = DataChecks.firstPresent(data, "density", "D");
        String survivorsName = DataChecks.firstPresent(data, "surv", "S");
        int[] density = DataChecks.countVector(data, densityName);
        int[] survivors = DataChecks.countVector(data, survivorsName);
        DataChecks.requireLength(data, survivorsName, survivors.length, density.length, "'" + densityName + "'");
        DataChecks.checkDeclaredSize(data, "N", density.length, densityName);
        DataChecks.requireAtMost(data, survivorsName, survivors, densityName, density);
        if (density.length == 0) {
            throw new IllegalArgumentException(data.source() + ": variable '" + densityName + "' has no rows, but needs at least one tank");
        }
        int[] predators = withPredators ? predators(data, density.length, densityName) : null;
        double sigma = fixedSigma ? fixedSigma(data) : Double.NaN;
        return new Tanks(density, survivors, predators, sigma);
    }

    /** The predator indicator: text {@code pred}/{@code no} (as in reedfrogs.csv) or numbers 1/0. */
    private static int[] predators(ModelData data, int rows, String densityName) {
        String name = DataChecks.firstPresent(data, "pred", "P");
        List<String> cells = data.strings(name);
        DataChecks.requireLength(data, name, cells.size(), rows, "'" + densityName + "'");
        int[] out = new int[cells.size()];
        for (int j = 0; j < out.length; j++) {
            String cell = cells.get(j).trim();
            if (cell.equals("pred") || cell.equals("1")) out[j] = 1;
            else if (cell.equals("no") || cell.equals("0")) out[j] = 0;
            else throw new IllegalArgumentException(data.source() + ": variable '" + name + "' row " + (j + 1) + " is '" + cell
                    + "', but must be 'pred' or 'no' (or 1 or 0)");
        }
        return out;
    }

    private static double fixedSigma(ModelData data) {
        if (!data.has("sigma")) return DEFAULT_FIXED_SIGMA;
        double sigma = data.scalar("sigma");
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException(data.source() + ": variable 'sigma' is " + sigma + ", but must be a positive number");
        }
        return sigma;
    }

    static List<DataVariable> variables(boolean withPredators, boolean fixedSigma) {
        List<DataVariable> v = new ArrayList<>(List.of(
                new DataVariable("density", "int", "[N]", true, "tadpoles put in tank j (trials); JSON alias 'D'"),
                new DataVariable("surv", "int", "[N]", true, "tadpoles alive at the end in tank j, 0 <= surv <= density; JSON alias 'S'")));
        if (withPredators) {
            v.add(new DataVariable("pred", "string", "[N]", true,
                    "predators present in tank j: 'pred' or 'no' (as in reedfrogs.csv), or 1 or 0; JSON alias 'P'"));
        }
        if (fixedSigma) {
            v.add(new DataVariable("sigma", "real", "scalar", false,
                    "the fixed spread of the tank log-odds, > 0 (default " + DEFAULT_FIXED_SIGMA + ")"));
        }
        v.add(new DataVariable("D", "int", "[N]", false, "Stan-style alias of 'density'"));
        v.add(new DataVariable("S", "int", "[N]", false, "Stan-style alias of 'surv'"));
        if (withPredators) v.add(new DataVariable("P", "int", "[N]", false, "Stan-style alias of 'pred' (1 or 0)"));
        v.add(new DataVariable("N", "int", "scalar", false, "number of tanks (Stan-style JSON); when given it must equal the rows of density"));
        return v;
    }
}
