package org.bayes4j.cli.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a pointwise log-likelihood matrix: a header row naming the
 * observations, then one row per posterior draw with
 * $\log p(y_i \mid \theta^{(s)})$ in column $i$. An optional column named
 * {@code chain} gives each draw's chain id; the draws of a chain must be
 * contiguous and every chain equally long, as {@code loo::relative_eff}
 * assumes when it estimates the relative efficiency $r_{\mathrm{eff}}$ of the
 * importance-sampling draws from their autocorrelation within each chain.
 *
 * <p>Every mistake is reported naming the file and line, and the column where
 * there is one: a row with more or fewer cells than the header, a cell that is
 * not a number, a log-likelihood that is NaN or infinite (PSIS-LOO is undefined
 * then, never silently NaN), a chain id that is not an integer, a chain whose
 * draws are split, chains of unequal length, and too few draws: PSIS needs at
 * least {@value #MIN_DRAWS} draws, and $r_{\mathrm{eff}}$ needs at least
 * {@value #MIN_DRAWS_PER_CHAIN} draws in each chain (the autocorrelation
 * estimate of {@code posterior::ess_basic} is undefined below that).
 */
public final class LogLikelihoodCsvReader {

    /** The name of the optional chain-id column. */
    public static final String CHAIN_COLUMN = "chain";

    /** Fewest draws LOO can be computed from. */
    public static final int MIN_DRAWS = 2;

    /** Fewest draws per chain the relative efficiency can be estimated from. */
    public static final int MIN_DRAWS_PER_CHAIN = 3;

    private LogLikelihoodCsvReader() {}

    public static LogLikelihoodCsv read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        }
    }

    /** Reads from {@code in}; {@code source} names the file in messages. */
    public static LogLikelihoodCsv read(Reader in, String source) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        List<String> header = null;
        int chainColumn = -1;
        List<double[]> rows = new ArrayList<>();
        List<Integer> chains = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (header == null) {
                    header = header(record.toList(), source, line);
                    chainColumn = header.indexOf(CHAIN_COLUMN);
                    if (header.size() - (chainColumn >= 0 ? 1 : 0) == 0) {
                        throw new IllegalArgumentException(source + ":" + line + ": the header names no observation column"
                                + " (only '" + CHAIN_COLUMN + "')");
                    }
                    continue;
                }
                if (record.size() != header.size()) {
                    throw new IllegalArgumentException(source + ":" + line + ": " + record.size() + " values, but the header has "
                            + header.size() + " columns");
                }
                double[] row = new double[header.size() - (chainColumn >= 0 ? 1 : 0)];
                int i = 0;
                for (int k = 0; k < record.size(); k++) {
                    if (k == chainColumn) {
                        chains.add(chainId(record.get(k), source, line));
                    } else {
                        row[i++] = logLikelihood(record.get(k), source, line, header.get(k));
                    }
                }
                rows.add(row);
                lines.add(line);
            }
        } catch (UncheckedIOException e) {
            throw new IOException(source + ": " + e.getCause().getMessage(), e.getCause());
        }
        if (header == null) {
            throw new IllegalArgumentException(source + ": empty file; expected a header row naming the observations");
        }
        if (rows.size() < MIN_DRAWS) {
            throw new IllegalArgumentException(source + ": " + rows.size() + (rows.size() == 1 ? " draw" : " draws")
                    + ", but LOO needs at least " + MIN_DRAWS + " (one row per posterior draw)");
        }
        List<String> observations = new ArrayList<>(header);
        if (chainColumn >= 0) observations.remove(chainColumn);
        int[] chainId = chainColumn >= 0 ? checkChains(chains, lines, source) : null;
        return new LogLikelihoodCsv(source, observations, rows.toArray(new double[0][]), chainId);
    }

    private static List<String> header(List<String> cells, String source, long line) {
        List<String> header = new ArrayList<>(cells);
        // A spreadsheet's UTF-8 byte-order mark would otherwise become part of the first name.
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) header.set(0, header.get(0).substring(1).strip());
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < header.size(); k++) {
            String name = header.get(k);
            if (name.isEmpty()) throw new IllegalArgumentException(source + ":" + line + ": column " + (k + 1) + " has no name");
            if (!seen.add(name)) throw new IllegalArgumentException(source + ":" + line + ": column '" + name + "' appears twice");
        }
        return header;
    }

    private static double logLikelihood(String cell, String source, long line, String column) {
        double value;
        try {
            value = CmdStanNumbers.parse(cell);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ":" + line + ", column '" + column + "': "
                    + (cell.isEmpty() ? "empty cell" : "'" + cell + "'") + " is not a number");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(source + ":" + line + ", column '" + column + "': log-likelihood is "
                    + value + ", but must be finite");
        }
        return value;
    }

    private static int chainId(String cell, String source, long line) {
        try {
            return Integer.parseInt(cell);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + ":" + line + ", column '" + CHAIN_COLUMN + "': "
                    + (cell.isEmpty() ? "empty cell" : "'" + cell + "'") + " is not a chain id (an integer)");
        }
    }

    /** Checks that each chain's draws are contiguous, the chains equally long and long enough. */
    private static int[] checkChains(List<Integer> chains, List<Long> lines, String source) {
        Map<Integer, Integer> length = new LinkedHashMap<>();
        for (int s = 0; s < chains.size(); s++) {
            int c = chains.get(s);
            if (s > 0 && c != chains.get(s - 1) && length.containsKey(c)) {
                throw new IllegalArgumentException(source + ":" + lines.get(s) + ", column '" + CHAIN_COLUMN + "': chain " + c
                        + " appears again after chain " + chains.get(s - 1) + "; the draws of each chain must be contiguous");
            }
            length.merge(c, 1, Integer::sum);
        }
        Map.Entry<Integer, Integer> first = length.entrySet().iterator().next();
        for (Map.Entry<Integer, Integer> e : length.entrySet()) {
            if (!e.getValue().equals(first.getValue())) {
                throw new IllegalArgumentException(source + ": chain " + e.getKey() + " has " + e.getValue() + " draws, but chain "
                        + first.getKey() + " has " + first.getValue() + "; chains must have equal length");
            }
        }
        if (first.getValue() < MIN_DRAWS_PER_CHAIN) {
            throw new IllegalArgumentException(source + ": " + first.getValue() + " draws per chain, but the relative efficiency"
                    + " needs at least " + MIN_DRAWS_PER_CHAIN + " (drop the '" + CHAIN_COLUMN + "' column to use r_eff = 1)");
        }
        int[] out = new int[chains.size()];
        for (int s = 0; s < out.length; s++) out[s] = chains.get(s);
        return out;
    }
}
