package org.bayes4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.bayes4j.spi.dist.Normal;
import org.bayes4j.spi.dist.Poisson;
import org.bayes4j.spi.model.CompiledModel;
import org.bayes4j.spi.model.Dim;
import org.bayes4j.spi.model.Model;
import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.model.Var;
import org.junit.jupiter.api.Test;

/** Names of the pointwise log-likelihood terms, one per observed event, in the compiled model's order. */
class ObservationNamesTest {

    static CompiledModel compiled(ModelProvider p) {
        return p.build(p.defaultData()).compile();
    }

    @Test
    void scalarEventsAreNamedPerElementAndVectorEventsPerRow() {
        CompiledModel poisson = compiled(new PluginModels.PoissonSites());
        List<String> names = ObservationNames.of(poisson);
        assertEquals(poisson.pointwiseSize(), names.size());
        assertEquals(List.of("y[0]", "y[1]"), names.subList(0, 2));

        CompiledModel multinomial = compiled(new PluginModels.CountsByCategory());
        assertEquals(List.of("n[0]", "n[1]", "n[2]", "n[3]", "n[4]", "n[5]"), ObservationNames.of(multinomial),
                "one event per row of n[row, category]");
    }

    @Test
    void severalObservedVariablesInDeclarationOrderWithCoords() {
        Model model = Model.build("two", m -> {
            Dim school = m.dim("school", List.of("a", "b"));
            Dim day = m.dim("day", 3);
            Var mu = m.param("mu", Normal.of(0.0, 1.0));
            m.observe("score", Normal.of(mu, 1.0), m.data("score_obs", new double[] {0.1, -0.2}, school));
            m.observe("visits", Poisson.log(mu), m.data("visits_obs", new int[] {1, 0, 2, 3, 1, 0}, school, day));
        });
        List<String> expected = new ArrayList<>(List.of("score[a]", "score[b]"));
        for (String s : List.of("a", "b")) for (int d = 0; d < 3; d++) expected.add("visits[" + s + ", " + d + "]");
        assertEquals(expected, ObservationNames.of(model.compile()));
    }
}
