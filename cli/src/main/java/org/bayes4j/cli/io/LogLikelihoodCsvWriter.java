package org.bayes4j.cli.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a pointwise log-likelihood matrix in the layout
 * {@link LogLikelihoodCsvReader} reads (and {@code bayes4j loo} /
 * {@code bayes4j compare} take): a header row {@code chain} followed by the
 * observation names, then one row per draw with its 1-based chain id and
 * $\log p(y_i \mid \theta^{(s)})$ per observation. The draws of a chain are
 * contiguous and every chain has the same number of draws. Names holding a comma
 * (coordinate labels such as {@code n[3, b]}) are quoted; numbers are written so
 * they parse back to the same bits ({@link CmdStanNumbers}).
 */
public final class LogLikelihoodCsvWriter {

    private LogLikelihoodCsvWriter() {}

    /**
     * Writes {@code logLik} (draw by observation) to {@code file}.
     *
     * @param chainId 1-based chain of each draw, chains contiguous and equally long
     */
    public static void write(Path file, List<String> observations, double[][] logLik, int[] chainId) throws IOException {
        if (chainId.length != logLik.length) {
            throw new IllegalArgumentException("log-likelihood CSV: " + logLik.length + " draws but " + chainId.length + " chain ids");
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            List<String> header = new ArrayList<>(observations.size() + 1);
            header.add(LogLikelihoodCsvReader.CHAIN_COLUMN);
            header.addAll(observations);
            csv.printRecord(header);
            List<String> row = new ArrayList<>(observations.size() + 1);
            for (int s = 0; s < logLik.length; s++) {
                if (logLik[s].length != observations.size()) {
                    throw new IllegalArgumentException("log-likelihood CSV: draw " + s + " has " + logLik[s].length
                            + " values but there are " + observations.size() + " observations");
                }
                row.clear();
                row.add(Integer.toString(chainId[s]));
                for (double v : logLik[s]) row.add(CmdStanNumbers.format(v));
                csv.printRecord(row);
            }
        }
    }
}
