package org.bayes4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.bayes4j.spi.diagnostic.SummaryOptions;
import org.junit.jupiter.api.Test;

class HdiLabelsTest {

    @Test
    void labelsMatchArviZ() {
        assertEquals("hdi_3%", HdiLabels.lower(new SummaryOptions(0.94, List.of())));
        assertEquals("hdi_97%", HdiLabels.upper(new SummaryOptions(0.94, List.of())));
        assertEquals("hdi_5%", HdiLabels.lower(new SummaryOptions(0.9, List.of())));
        assertEquals("hdi_2.5%", HdiLabels.lower(new SummaryOptions(0.95, List.of())));
        assertEquals("hdi_97.5%", HdiLabels.upper(new SummaryOptions(0.95, List.of())));
        assertEquals("hdi_0.5%", HdiLabels.lower(new SummaryOptions(0.99, List.of())));
    }
}
