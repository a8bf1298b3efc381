package org.bayes4j.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bayes4j.spi.model.ModelProvider;
import org.bayes4j.spi.validation.ValidationListener;
import org.bayes4j.spi.validation.ValidationProvider;
import org.bayes4j.spi.validation.ValidationReport;
import org.bayes4j.spi.validation.ValidationSettings;
import org.bayes4j.validation.report.JsonReport;
import org.bayes4j.validation.report.SvgPlots;
import org.bayes4j.validation.sbc.ReplicateResult;
import org.bayes4j.validation.sbc.SbcRun;

/**
 * The {@code sbc} validation service: simulation-based calibration and
 * parameter recovery of one model ({@link SbcRun}, {@link SbcAnalysis}), with
 * the JSON report and SVG plots written to the output directory when one is
 * set: {@code MODEL.json}, {@code MODEL-ranks.svg}, {@code MODEL-ecdf.svg},
 * {@code MODEL-zscore-contraction.svg}.
 */
public final class SbcValidationProvider implements ValidationProvider {

    @Override public String name() { return "sbc"; }

    @Override public String description() {
        return "simulation-based calibration (rank ECDF bands, chi-square) and parameter recovery (interval coverage, z-scores, contraction)";
    }

    @Override
    public ValidationReport validate(ModelProvider model, ValidationSettings settings, ValidationListener listener) {
        long start = System.nanoTime();
        List<ReplicateResult> results = new SbcRun(model, settings, listener).run();
        SbcAnalysis analysis = new SbcAnalysis(model.name(), settings, results);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Path> files = settings.outputDirectory() == null ? List.of() : write(model.name(), settings, analysis, seconds);
        ValidationReport report = new ValidationReport(model.name(), settings.sampler(), analysis.replicates(), analysis.failedFits(),
                analysis.replicatesWithDivergences(), analysis.replicatesWithHighRhat(), analysis.checks(), analysis.passed(),
                analysis.failures(), seconds, files);
        listener.finished(report);
        return report;
    }

    private static List<Path> write(String model, ValidationSettings settings, SbcAnalysis analysis, double seconds) {
        Path dir = settings.outputDirectory();
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            Path json = dir.resolve(model + ".json");
            JsonReport.write(json, JsonReport.render(model, settings, analysis, seconds));
            files.add(json);
            files.add(svg(dir.resolve(model + "-ranks.svg"), SvgPlots.rankHistograms(analysis.quantities())));
            files.add(svg(dir.resolve(model + "-ecdf.svg"), SvgPlots.ecdfDifferences(analysis.quantities())));
            files.add(svg(dir.resolve(model + "-zscore-contraction.svg"), SvgPlots.zScoreContraction(analysis.quantities())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the validation report into " + dir + ": " + e.getMessage(), e);
        }
        return files;
    }

    private static Path svg(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
