package org.bayes4j.models.eightschools;

import java.util.List;

import org.bayes4j.models.support.DataChecks;
import org.bayes4j.spi.model.DataVariable;
import org.bayes4j.spi.model.ModelData;

/**
 * The eight-schools data: for each school {@code j}, an estimated coaching
 * effect {@code y_j} on SAT-V scores and its standard error {@code sigma_j},
 * treated as known. The classic values are those of Rubin (1981), Table 2,
 * reproduced in Gelman et al., <i>Bayesian Data Analysis</i> (3rd ed.), §5.5,
 * Table 5.2.
 *
 * <p>Variables read: {@code y} (real, one per school), {@code sigma} (real,
 * positive, one per school), optionally {@code school} (the schools' names,
 * used as the coordinates of dim {@code school}) and {@code J} (Stan's
 * declared count, which must then equal the number of rows).
 */
final class EightSchoolsData {

    /** The schools of Rubin's study, in the order of BDA3 Table 5.2. */
    static final List<String> CLASSIC_SCHOOLS = List.of(
            "Choate", "Deerfield", "Phillips Andover", "Phillips Exeter", "Hotchkiss", "Lawrenceville", "St. Paul's", "Mt. Hermon");

    /** Estimated treatment effects (points on the SAT-V scale). */
    static final double[] CLASSIC_Y = {28, 8, -3, 7, -1, 1, 18, 12};

    /** Standard errors of the estimated effects. */
    static final double[] CLASSIC_SIGMA = {15, 10, 16, 11, 9, 11, 10, 18};

    private EightSchoolsData() {}

    /** Checked data of one fit: effects, their standard errors, and school names (or {@code null}). */
    record Observations(double[] y, double[] sigma, List<String> schools) {
        int size() { return y.length; }
    }

    /** Reads and checks {@code y}, {@code sigma} and the optional {@code school} and {@code J}. */
    static Observations read(ModelData data) {
        double[] y = DataChecks.finiteVector(data, "y");
        double[] sigma = DataChecks.positiveVector(data, "sigma");
        DataChecks.requireLength(data, "sigma", sigma.length, y.length, "'y'");
        DataChecks.checkDeclaredSize(data, "J", y.length, "y");
        List<String> schools = DataChecks.optionalLabels(data, "school", y.length, "'y'");
        if (y.length == 0) throw new IllegalArgumentException(data.source() + ": variable 'y' has no rows, but needs at least one school");
        return new Observations(y, sigma, schools);
    }

    /** The classic data set, with the schools' names. */
    static ModelData classic() {
        return ModelData.builder("eight schools (Rubin 1981; BDA3 Table 5.2)")
                .strings("school", CLASSIC_SCHOOLS)
                .put("y", CLASSIC_Y)
                .put("sigma", CLASSIC_SIGMA)
                .build();
    }

    /**
     * Standard errors for a simulated study of {@code schools} schools: the
     * classic ones, repeated in order when there are more than eight, so that a
     * simulation of the default size has exactly the classic design.
     */
    static double[] designSigma(int schools) {
        double[] sigma = new double[schools];
        for (int j = 0; j < schools; j++) sigma[j] = CLASSIC_SIGMA[j % CLASSIC_SIGMA.length];
        return sigma;
    }

    static List<DataVariable> variables() {
        return List.of(
                new DataVariable("y", "real", "[J]", true, "estimated coaching effect in school j (SAT-V points)"),
                new DataVariable("sigma", "real", "[J]", true, "standard error of y[j], known and > 0"),
                new DataVariable("school", "string", "[J]", false, "school names, used as coordinates of dim 'school'"),
                new DataVariable("J", "int", "scalar", false, "number of schools (Stan-style JSON); when given it must equal the rows of y"));
    }
}
