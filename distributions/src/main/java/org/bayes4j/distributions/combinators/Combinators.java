package org.bayes4j.distributions.combinators;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.bayes4j.spi.constraint.Constraint;
import org.bayes4j.spi.constraint.Simplex;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operand;
import org.bayes4j.spi.distribution.ParameterSpec;

/** Shared checks and bookkeeping of the combinator families: options, parameter names, supports. */
final class Combinators {

    private Combinators() {}

    /** Rejects options outside {@code allowed}, naming them. */
    static void checkOptions(String family, Map<String, Object> options, Set<String> allowed) {
        Set<String> unexpected = new TreeSet<>(options.keySet());
        unexpected.removeAll(allowed);
        if (!unexpected.isEmpty()) {
            throw new IllegalArgumentException(family + ": unexpected options " + unexpected + "; accepted: " + new TreeSet<>(allowed));
        }
    }

    /** When option {@code arities} is given, checks each component takes that many arguments. */
    static void checkArities(String family, Map<String, Object> options, List<DistributionFamily> components) {
        Object arities = options.get("arities");
        if (arities == null) return;
        if (!(arities instanceof List<?> list) || list.size() != components.size()) {
            throw new IllegalArgumentException(family + ": option 'arities' must list one argument count per component, got " + arities);
        }
        for (int j = 0; j < components.size(); j++) {
            int declared = ((Number) list.get(j)).intValue(), actual = components.get(j).parameters().size();
            if (declared != actual) {
                throw new IllegalArgumentException(family + ": component " + j + " (" + components.get(j).name() + ") takes "
                        + actual + " arguments, but was given " + declared);
            }
        }
    }

    /** The components' parameters renamed {@code prefix.name}. */
    static List<ParameterSpec> prefixed(String prefix, List<ParameterSpec> parameters) {
        List<ParameterSpec> out = new ArrayList<>();
        for (ParameterSpec p : parameters) {
            out.add(new ParameterSpec(prefix + "." + p.name(), p.constraint(), p.eventRank(), p.description() + " of " + prefix));
        }
        return out;
    }

    /** The common support of the components, or an error naming each family and its support. */
    static Constraint commonSupport(String family, List<DistributionFamily> components) {
        List<Constraint> supports = new ArrayList<>();
        for (DistributionFamily f : components) supports.add(f.support());
        return same(family, components, supports);
    }

    /** {@code supports.get(0)} when every entry equals it, else an error naming each component's support. */
    static Constraint same(String family, List<DistributionFamily> components, List<Constraint> supports) {
        for (Constraint s : supports) {
            if (!s.equals(supports.get(0))) {
                StringBuilder b = new StringBuilder(family + ": components must share one support, but");
                for (int j = 0; j < components.size(); j++) {
                    b.append(j == 0 ? " " : ", ").append(components.get(j).name()).append(" has ").append(supports.get(j).name());
                }
                throw new IllegalArgumentException(b.toString());
            }
        }
        return supports.get(0);
    }

    /** Entries {@code first .. first + n - 1} of a parameter array. */
    static double[][] slice(double[][] constants, int first, int n) {
        double[][] out = new double[n][];
        System.arraycopy(constants, first, out, 0, Math.min(n, Math.max(0, constants.length - first)));
        return out;
    }

    /** Runs the component's own build-time check, renaming its message to the combinator's parameter names. */
    static void checkComponent(String family, String prefix, DistributionFamily component, double[][] constants) {
        try {
            component.checkParameters(constants);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(family + ": " + prefix + " (" + e.getMessage() + ")", e);
        }
    }

    /** True when event {@code b} of {@code w} has {@code k} entries in [0, 1] summing to 1 within {@link Simplex#SUM_TOLERANCE}. */
    static boolean isSimplex(Operand w, int b, int k) {
        double sum = 0;
        for (int j = 0; j < k; j++) {
            double x = w.get(b, j);
            if (!(x >= 0 && x <= 1)) return false;
            sum += x;
        }
        return Math.abs(sum - 1) <= Simplex.SUM_TOLERANCE;
    }
}
