package org.bayes4j.models.confounded;

import java.util.List;

import org.bayes4j.models.support.DataChecks;
import org.bayes4j.spi.model.DataVariable;
import org.bayes4j.spi.model.ModelData;

/**
 * The data of the confounded-groups models: per individual the group
 * ({@code group}, 0-based), the covariate {@code X} and the binary outcome
 * {@code Y}; per group the trait {@code Z}.
 *
 * <p>{@code Z} comes in either layout. With one value per individual (a CSV
 * file, where every column has a row per individual) the groups are
 * {@code 0..max(group)} and {@code Z} must be the same for every member of a
 * group. With any other length (a Stan-style JSON file) it has one value per
 * group, and its length is the number of groups. (With as many groups as
 * individuals, {@code Z} is read per individual.)
 *
 * <p>Checks, each naming the variable, row and value: {@code group} is an
 * integer in range, {@code X} finite, {@code Y} 0 or 1, {@code Z} finite and
 * constant within groups, all per-individual columns of equal length, and
 * every group has at least one individual (its mean {@code Xbar} is needed).
 */
final class ConfoundedData {

    private ConfoundedData() {}

    /**
     * Checked data of one fit.
     *
     * @param groups number of groups G
     * @param group  group of each individual, 0..G-1
     * @param x      covariate of each individual
     * @param y      outcome of each individual, 0 or 1
     * @param z      trait of each group
     * @param xbar   mean of {@code x} over each group's individuals
     */
    record Individuals(int groups, int[] group, double[] x, int[] y, double[] z, double[] xbar) {
        int size() { return group.length; }
    }

    static Individuals read(ModelData data) {
        DataChecks.vector(data, "group");
        int[] group = data.ints("group");
        double[] x = DataChecks.finiteVector(data, "X");
        int[] y = data.ints("Y");
        DataChecks.vector(data, "Y");
        DataChecks.requireLength(data, "X", x.length, group.length, "'group'");
        DataChecks.requireLength(data, "Y", y.length, group.length, "'group'");
        if (group.length == 0) throw new IllegalArgumentException(data.source() + ": variable 'group' has no rows, but needs at least one individual");
        for (int i = 0; i < y.length; i++) {
            if (y[i] != 0 && y[i] != 1) {
                throw new IllegalArgumentException(data.source() + ": variable 'Y' row " + (i + 1) + " is " + y[i] + ", but must be 0 or 1");
            }
        }
        double[] zIn = DataChecks.finiteVector(data, "Z");
        boolean perIndividual = zIn.length == group.length;
        int groups = perIndividual ? max(group) + 1 : zIn.length;
        for (int i = 0; i < group.length; i++) {
            if (group[i] < 0 || group[i] >= groups) {
                throw new IllegalArgumentException(data.source() + ": variable 'group' row " + (i + 1) + " is " + group[i]
                        + ", but must be a group index 0.." + (groups - 1)
                        + (perIndividual ? "" : " ('Z' has " + groups + " values, one per group)"));
            }
        }
        double[] z = perIndividual ? perGroup(data, zIn, group, groups) : zIn;
        double[] xbar = new double[groups];
        int[] count = new int[groups];
        for (int i = 0; i < group.length; i++) {
            xbar[group[i]] += x[i];
            count[group[i]]++;
        }
        for (int g = 0; g < groups; g++) {
            if (count[g] == 0) {
                throw new IllegalArgumentException(data.source() + ": group " + g + " has no individuals in 'group', but every group 0.."
                        + (groups - 1) + " needs at least one (its mean of X enters the Mundlak models)");
            }
            xbar[g] /= count[g];
        }
        return new Individuals(groups, group, x, y, z, xbar);
    }

    /** {@code Z} given per individual, checked constant within each group. */
    private static double[] perGroup(ModelData data, double[] zIn, int[] group, int groups) {
        double[] z = new double[groups];
        int[] first = new int[groups];
        java.util.Arrays.fill(first, -1);
        for (int i = 0; i < group.length; i++) {
            int g = group[i];
            if (first[g] < 0) {
                first[g] = i;
                z[g] = zIn[i];
            } else if (zIn[i] != z[g]) {
                throw new IllegalArgumentException(data.source() + ": variable 'Z' row " + (i + 1) + " is " + zIn[i] + ", but row "
                        + (first[g] + 1) + " of the same group " + g + " has " + z[g] + " (Z is a group trait)");
            }
        }
        return z;
    }

    private static int max(int[] v) {
        int m = 0;
        for (int x : v) m = Math.max(m, x);
        return m;
    }

    static List<DataVariable> variables() {
        return List.of(
                new DataVariable("group", "int", "[N]", true, "group of individual i, 0-based (0..G-1); every group needs an individual"),
                new DataVariable("X", "real", "[N]", true, "covariate of individual i"),
                new DataVariable("Y", "int", "[N]", true, "binary outcome of individual i, 0 or 1"),
                new DataVariable("Z", "real", "[G] or [N]", true,
                        "observed group trait: one value per group, or per individual (then equal within each group)"));
    }
}
