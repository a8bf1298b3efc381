package org.bayes4j.cli.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.sampler.SampleStats;

/**
 * Reads CmdStan output CSV files (one chain each, whoever wrote them) back
 * into {@link Draws}.
 *
 * <p>Comment lines ({@code #}) may appear anywhere: {@code key = value} lines
 * are kept as configuration, {@code # Step size = h} and the line after
 * {@code # Diagonal elements of inverse mass matrix:} give the adapted tuning,
 * and the {@code Elapsed Time} block the timings. The first other line is the
 * header; columns ending in {@code __} are sampler statistics, the rest are
 * model quantities in CmdStan naming, rebuilt into arrays by
 * {@link CmdStanNames}. Rows before {@code # Adaptation terminated} are saved
 * warm-up draws. Every error names the file, and for a bad row its line and
 * column.
 */
public final class CmdStanCsvReader {

    /** One file as read: configuration, columns, warm-up and kept rows (all columns), tuning and timing. */
    public record ChainFile(Path path, Map<String, String> config, List<String> columns, List<double[]> warmupRows,
                            List<double[]> rows, double stepSize, double[] inverseMetric,
                            double warmupSeconds, double samplingSeconds) {}

    private CmdStanCsvReader() {}

    /** Reads one file per chain and checks that they agree in columns and length. */
    public static Draws readDraws(List<Path> files) throws IOException {
        if (files.isEmpty()) throw new IllegalArgumentException("no CmdStan CSV files given");
        List<ChainFile> chains = new ArrayList<>();
        for (Path f : files) {
            ChainFile c = read(f);
            if (!c.columns().isEmpty() && c.columns().get(0).equals(LogLikelihoodCsvReader.CHAIN_COLUMN) && !c.columns().contains("lp__")) {
                throw new IllegalArgumentException(f + ": a pointwise log-likelihood file (for 'bayes4j loo'), not a CmdStan CSV file;"
                        + " pass only the chain files (MODEL-1.csv, MODEL-2.csv, ...)");
            }
            chains.add(c);
        }
        ChainFile first = chains.get(0);
        for (ChainFile c : chains.subList(1, chains.size())) {
            if (!c.columns().equals(first.columns())) {
                throw new IllegalArgumentException(c.path() + ": columns differ from " + first.path() + " ("
                        + firstDifference(first.columns(), c.columns()) + ")");
            }
            if (c.rows().size() != first.rows().size()) {
                throw new IllegalArgumentException(c.path() + ": has " + c.rows().size() + " draws, but "
                        + first.path() + " has " + first.rows().size());
            }
        }
        List<String> params = new ArrayList<>();
        List<Integer> paramColumns = new ArrayList<>();
        for (int k = 0; k < first.columns().size(); k++) {
            if (!first.columns().get(k).endsWith("__")) {
                params.add(first.columns().get(k));
                paramColumns.add(k);
            }
        }
        CmdStanNames.Layout layout = CmdStanNames.layout(params, first.path());
        int[] source = new int[params.size()];
        for (int k = 0; k < source.length; k++) source[k] = paramColumns.get(layout.sourceIndex()[k]);

        List<ChainDraws> chainDraws = new ArrayList<>();
        for (ChainFile c : chains) {
            StatColumns stat = new StatColumns(c.columns());
            double[][] draws = project(c.rows(), source);
            double[][] warm = project(c.warmupRows(), source);
            long gradients = 0;
            List<SampleStats> stats = new ArrayList<>();
            for (double[] row : c.rows()) {
                SampleStats s = stat.stats(row);
                stats.add(s);
                gradients += s.numLeapfrog();
            }
            List<SampleStats> warmStats = new ArrayList<>();
            for (double[] row : c.warmupRows()) {
                SampleStats s = stat.stats(row);
                warmStats.add(s);
                gradients += s.numLeapfrog();
            }
            chainDraws.add(new ChainDraws(draws, stats, warm, warmStats, c.stepSize(), c.inverseMetric(),
                    c.warmupSeconds(), c.samplingSeconds(), gradients, null));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        first.config().forEach((k, v) -> { if (k.equals("model") || k.equals("seed") || k.equals("num_warmup")) metadata.put(k, v); });
        metadata.put("source", files.toString());
        return new Draws(layout.variables(), chainDraws, metadata);
    }

    private static String firstDifference(List<String> a, List<String> b) {
        for (int k = 0; k < Math.min(a.size(), b.size()); k++) {
            if (!a.get(k).equals(b.get(k))) return "column " + (k + 1) + " is '" + b.get(k) + "' instead of '" + a.get(k) + "'";
        }
        return b.size() + " columns instead of " + a.size();
    }

    private static double[][] project(List<double[]> rows, int[] source) {
        double[][] out = new double[rows.size()][source.length];
        for (int i = 0; i < rows.size(); i++) {
            double[] row = rows.get(i);
            for (int k = 0; k < source.length; k++) out[i][k] = row[source[k]];
        }
        return out;
    }

    /** Reads one CmdStan CSV file. */
    public static ChainFile read(Path file) throws IOException {
        Map<String, String> config = new LinkedHashMap<>();
        List<String> columns = null;
        List<double[]> warmup = new ArrayList<>();
        List<double[]> kept = new ArrayList<>();
        boolean adapted = false;
        boolean metricNext = false;
        double stepSize = Double.NaN;
        double[] metric = new double[0];
        double[] seconds = {Double.NaN, Double.NaN};
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNumber = 0;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                String text = line.strip();
                if (text.isEmpty()) continue;
                if (text.startsWith("#")) {
                    String comment = text.substring(1).strip();
                    if (metricNext) {
                        metricNext = false;
                        metric = parseList(comment, file, lineNumber);
                    } else if (comment.startsWith("Adaptation terminated")) {
                        adapted = true;
                    } else if (comment.startsWith("Step size")) {
                        stepSize = parseNumber(comment.substring(comment.indexOf('=') + 1), file, lineNumber, "step size");
                    } else if (comment.startsWith("Diagonal elements of inverse mass matrix")) {
                        metricNext = true;
                    } else if (comment.contains("seconds (Warm-up)")) {
                        seconds[0] = parseNumber(comment.replace("Elapsed Time:", "").replace("seconds (Warm-up)", ""), file, lineNumber, "time");
                    } else if (comment.contains("seconds (Sampling)")) {
                        seconds[1] = parseNumber(comment.replace("seconds (Sampling)", ""), file, lineNumber, "time");
                    } else if (comment.contains("=")) {
                        String key = comment.substring(0, comment.indexOf('=')).strip();
                        String value = comment.substring(comment.indexOf('=') + 1).replace("(Default)", "").strip();
                        config.putIfAbsent(key, value);
                    }
                    continue;
                }
                if (columns == null) {
                    columns = Arrays.stream(text.split(",", -1)).map(String::strip).toList();
                    continue;
                }
                (adapted ? kept : warmup).add(parseRow(text, columns, file, lineNumber));
            }
        }
        if (columns == null) throw new IllegalArgumentException(file + ": no header line; is this a CmdStan CSV file?");
        if (!adapted) {
            // No adaptation block (no warm-up, or fixed_param): every row is a kept draw.
            kept.addAll(0, warmup);
            warmup.clear();
        }
        return new ChainFile(file, config, columns, warmup, kept, stepSize, metric, seconds[0], seconds[1]);
    }

    private static double[] parseRow(String text, List<String> columns, Path file, int lineNumber) {
        String[] cells = text.split(",", -1);
        if (cells.length != columns.size()) {
            throw new IllegalArgumentException(file + ":" + lineNumber + ": " + cells.length + " values, but the header has "
                    + columns.size() + " columns");
        }
        double[] row = new double[cells.length];
        for (int k = 0; k < cells.length; k++) {
            try {
                row[k] = CmdStanNumbers.parse(cells[k]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ":" + lineNumber + ", column " + (k + 1) + " ('" + columns.get(k)
                        + "'): '" + cells[k] + "' is not a number");
            }
        }
        return row;
    }

    private static double parseNumber(String text, Path file, int lineNumber, String what) {
        try {
            return CmdStanNumbers.parse(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ":" + lineNumber + ": " + what + " '" + text.strip() + "' is not a number");
        }
    }

    private static double[] parseList(String text, Path file, int lineNumber) {
        String[] cells = text.split(",");
        double[] out = new double[cells.length];
        for (int k = 0; k < cells.length; k++) out[k] = parseNumber(cells[k], file, lineNumber, "inverse metric element");
        return out;
    }

    /** Positions of the sampler columns; absent ones read as NaN (or 0 for the integer ones). */
    private static final class StatColumns {
        private final int lp, accept, step, depth, leapfrog, divergent, energy;

        StatColumns(List<String> columns) {
            lp = columns.indexOf("lp__");
            accept = columns.indexOf("accept_stat__");
            step = columns.indexOf("stepsize__");
            depth = columns.indexOf("treedepth__");
            leapfrog = columns.indexOf("n_leapfrog__");
            divergent = columns.indexOf("divergent__");
            energy = columns.indexOf("energy__");
        }

        SampleStats stats(double[] row) {
            return new SampleStats(at(row, lp), at(row, accept), at(row, step), (int) orZero(row, depth),
                    (int) orZero(row, leapfrog), orZero(row, divergent) != 0, at(row, energy));
        }

        private static double at(double[] row, int k) { return k < 0 ? Double.NaN : row[k]; }

        private static double orZero(double[] row, int k) { return k < 0 || Double.isNaN(row[k]) ? 0 : row[k]; }
    }
}
