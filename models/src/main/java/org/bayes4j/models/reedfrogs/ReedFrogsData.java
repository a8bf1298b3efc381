package org.bayes4j.models.reedfrogs;

import java.util.List;

import org.bayes4j.models.support.DataChecks;
import org.bayes4j.spi.model.DataVariable;
import org.bayes4j.spi.model.ModelData;

/**
 * The reed-frog tank data (Vonesh &amp; Bolker 2005, as in McElreath's
 * {@code rethinking::reedfrogs}): per tank, the number of tadpoles put in
 * ({@code density}) and the number alive at the end ({@code surv}).
 *
 * <p>Two layouts are read. A CSV file in the layout of
 * {@code reedfrogs.csv} has columns {@code density} and {@code surv} (other
 * columns, such as {@code pred}, {@code size} and {@code propsurv}, are
 * ignored). A Stan-style JSON file uses {@code N} (number of tanks),
 * {@code D} (density) and {@code S} (survivors). When both spellings are
 * present the CSV names win.
 *
 * <p>Checks: both are integer counts ({@code >= 0}), of equal length, with
 * {@code surv <= density} in every row, and {@code N}, when given, equal to
 * the number of rows. Each failure names the variable, the row and the value.
 */
final class ReedFrogsData {

    private ReedFrogsData() {}

    /** Checked counts of one fit. */
    record Tanks(int[] density, int[] survivors) {
        int size() { return density.length; }
    }

    static Tanks read(ModelData data) {
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
        return new Tanks(density, survivors);
    }

    static List<DataVariable> variables() {
        return List.of(
                new DataVariable("density", "int", "[N]", true, "tadpoles put in tank j (trials); JSON alias 'D'"),
                new DataVariable("surv", "int", "[N]", true, "tadpoles alive at the end in tank j, 0 <= surv <= density; JSON alias 'S'"),
                new DataVariable("D", "int", "[N]", false, "Stan-style alias of 'density'"),
                new DataVariable("S", "int", "[N]", false, "Stan-style alias of 'surv'"),
                new DataVariable("N", "int", "scalar", false, "number of tanks (Stan-style JSON); when given it must equal the rows of density"));
    }
}
