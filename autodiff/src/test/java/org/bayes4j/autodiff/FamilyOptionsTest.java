package org.bayes4j.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bayes4j.autodiff.fixtures.Fixtures;
import org.bayes4j.autodiff.fixtures.TestBijectors;
import org.bayes4j.autodiff.fixtures.TestNormal;
import org.bayes4j.spi.distribution.DistributionFamily;
import org.bayes4j.spi.distribution.Operands;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.DistributionSpec;
import org.bayes4j.spi.model.Model;
import org.junit.jupiter.api.Test;

/**
 * The compiler specialises each family for its call's options once
 * ({@link DistributionFamily#configure}) and uses the configured family for the
 * parameter list, density and draws; unknown options fail naming the variable.
 */
class FamilyOptionsTest {

    /** A normal whose scale is multiplied by a constant "inflate" option (a stand-in for option-dependent families). */
    private static final class InflatedNormal extends TestNormal {
        private final double factor;
        InflatedNormal(double factor) { this.factor = factor; }
        @Override public String name() { return "inflated_normal"; }
        @Override public DistributionFamily configure(Map<String, Object> options) {
            Object f = options.get("inflate");
            if (f == null || options.size() != 1) throw new IllegalArgumentException("inflated_normal needs exactly the option 'inflate', got " + options.keySet());
            return new InflatedNormal(((Number) f).doubleValue());
        }
        @Override public double logDensity(Operands args) {
            // log N(y | mu, factor * sigma) by the change of scale, from the plain normal at y / factor
            double[] y = args.value().data();
            double sigma = args.parameter(1).get(0);
            double x = y[args.value().start(0)];
            double z = (x - args.parameter(0).get(0)) / (factor * sigma);
            return -0.5 * z * z - Math.log(factor * sigma) - 0.5 * Math.log(2 * Math.PI);
        }
    }

    private static CompiledModel compile(Model model) {
        List<DistributionFamily> families = new ArrayList<>(Fixtures.families());
        families.add(new InflatedNormal(1));
        return new AutodiffCompiler(families, TestBijectors.registry()).compile(model);
    }

    @Test
    void configuredFamilyIsTheOneEvaluated() {
        Model model = Model.build("m", m -> m.param("x", DistributionSpec.of("inflated_normal", 0.0, 1.0).withOption("inflate", 3.0)));
        CompiledModel c = compile(model);
        double lp = c.newEvaluator().logDensity(new double[] {1.5});
        double z = 1.5 / 3.0;
        assertEquals(-0.5 * z * z - Math.log(3.0) - 0.5 * Math.log(2 * Math.PI), lp, 1e-12);
    }

    @Test
    void optionsOnAFamilyWithoutThemFailNamingVariableAndOption() {
        Model model = Model.build("m", m -> m.param("x", DistributionSpec.of("normal", 0.0, 1.0).withOption("colour", "blue")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> compile(model));
        assertTrue(e.getMessage().contains("x: normal takes no options, got [colour]"), e.getMessage());
    }

    @Test
    void invalidOptionsFailNamingTheVariable() {
        Model model = Model.build("m", m -> m.param("x", DistributionSpec.of("inflated_normal", 0.0, 1.0)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> compile(model));
        assertTrue(e.getMessage().startsWith("x: inflated_normal needs exactly the option 'inflate'"), e.getMessage());
    }
}
