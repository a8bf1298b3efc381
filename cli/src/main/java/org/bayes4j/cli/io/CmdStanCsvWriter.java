package org.bayes4j.cli.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bayes4j.spi.density.VariableInfo;
import org.bayes4j.spi.draws.ChainDraws;
import org.bayes4j.spi.draws.Draws;
import org.bayes4j.spi.sampler.SampleStats;

/**
 * Writes one chain of {@link Draws} as a CmdStan output CSV file, in the layout
 * CmdStan's {@code sample} method uses, so that ArviZ {@code from_cmdstan},
 * CmdStanPy and CmdStanR's {@code read_cmdstan_csv} read it:
 * <ol>
 * <li>comment lines with the configuration ({@code # model = ...},
 *     {@code # method = sample (Default)}, the indented {@code num_samples},
 *     {@code num_warmup}, {@code save_warmup}, {@code thin}, adaptation and
 *     algorithm settings, {@code # id = <chain>}, the seed);</li>
 * <li>the header: the seven sampler columns {@code lp__ ... energy__}, then
 *     every recorded element in CmdStan naming ({@code alpha.3}, 1-based);</li>
 * <li>saved warm-up rows, if any; then the adaptation block
 *     ({@code # Adaptation terminated}, {@code # Step size = ...}, the inverse
 *     metric); then one row per kept draw;</li>
 * <li>the timing block {@code #  Elapsed Time: X seconds (Warm-up)} ...</li>
 * </ol>
 * Every double is written so that it parses back to the same bits
 * ({@link CmdStanNumbers}). A chain that failed part-way is written with the
 * draws it made and a comment saying why it stopped.
 *
 * <p>Reference: CmdStan User's Guide, "Stan CSV File Format".
 */
public final class CmdStanCsvWriter {

    /** The sampler-statistics columns, in CmdStan's order. */
    public static final List<String> SAMPLER_COLUMNS =
            List.of("lp__", "accept_stat__", "stepsize__", "treedepth__", "n_leapfrog__", "divergent__", "energy__");

    private CmdStanCsvWriter() {}

    /** Writes {@code <model>-<chain>.csv} (chain 1-based) for every chain into {@code dir}, creating it if needed. */
    public static List<Path> writeAll(Path dir, Draws draws, RunSettings settings) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (int c = 0; c < draws.numChains(); c++) {
            Path file = dir.resolve(settings.model() + "-" + (c + 1) + ".csv");
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                write(out, draws, c, settings);
            }
            written.add(file);
        }
        return written;
    }

    /** Writes chain {@code chain} (0-based) of {@code draws}. */
    public static void write(Writer writer, Draws draws, int chain, RunSettings settings) throws IOException {
        BufferedWriter out = writer instanceof BufferedWriter b ? b : new BufferedWriter(writer);
        ChainDraws cd = draws.chains().get(chain);
        boolean saveWarmup = cd.warmupDraws().length > 0;
        writeConfiguration(out, chain, settings, saveWarmup);
        line(out, header(draws.variables()));
        for (int i = 0; i < cd.warmupDraws().length; i++) writeRow(out, cd.warmupStats().get(i), cd.warmupDraws()[i]);
        writeAdaptation(out, cd, settings);
        for (int i = 0; i < cd.numDraws(); i++) writeRow(out, cd.stats().get(i), cd.draws()[i]);
        writeTiming(out, cd);
        out.flush();
    }

    /** The header row: sampler columns, then each variable's elements in CmdStan naming. */
    public static String header(List<VariableInfo> variables) {
        List<String> columns = new ArrayList<>(SAMPLER_COLUMNS);
        for (VariableInfo v : variables) columns.addAll(v.cmdStanNames());
        return String.join(",", columns);
    }

    private static void writeConfiguration(BufferedWriter out, int chain, RunSettings s, boolean saveWarmup) throws IOException {
        var c = s.config();
        // Stan version keys: readers (CmdStanR) expect them; the layout written is that of CmdStan 2.3x.
        line(out, "# stan_version_major = 2");
        line(out, "# stan_version_minor = 36");
        line(out, "# stan_version_patch = 0");
        line(out, "# generator = bayes4j (CmdStan CSV layout)");
        line(out, "# model = " + s.model());
        line(out, "# method = sample (Default)");
        line(out, "#   sample");
        line(out, "#     num_samples = " + c.draws());
        line(out, "#     num_warmup = " + c.warmup());
        line(out, "#     save_warmup = " + (saveWarmup ? 1 : 0));
        line(out, "#     thin = 1 (Default)");
        line(out, "#     adapt");
        line(out, "#       engaged = " + (c.warmup() > 0 ? 1 : 0));
        line(out, "#       delta = " + CmdStanNumbers.format(c.targetAccept()));
        if (s.sampler().equals("nuts")) {
            line(out, "#     algorithm = hmc (Default)");
            line(out, "#       hmc");
            line(out, "#         engine = nuts (Default)");
            line(out, "#           nuts");
            line(out, "#             max_depth = " + c.maxTreeDepth());
            line(out, "#         metric = " + s.cmdStanMetric());
        } else {
            line(out, "#     algorithm = " + s.sampler());
            line(out, "#         metric = " + s.cmdStanMetric());
        }
        line(out, "#     num_chains = 1 (Default)");
        line(out, "# id = " + (chain + 1));
        line(out, "# data");
        line(out, "#   file = " + (s.dataSource() == null ? "" : s.dataSource()));
        line(out, "# init = " + CmdStanNumbers.format(c.initRadius()));
        line(out, "# random");
        line(out, "#   seed = " + c.seed());
        line(out, "# output");
        line(out, "#   file = " + s.model() + "-" + (chain + 1) + ".csv");
    }

    private static void writeAdaptation(BufferedWriter out, ChainDraws cd, RunSettings s) throws IOException {
        if (Double.isNaN(cd.stepSize())) return;
        line(out, "# Adaptation terminated");
        line(out, "# Step size = " + CmdStanNumbers.format(cd.stepSize()));
        double[] m = cd.inverseMetric();
        if (m.length == 0) return;
        int n = (int) Math.round(Math.sqrt(m.length));
        if (s.config().metric().equals("dense") && n * n == m.length && m.length > 1) {
            line(out, "# Elements of inverse mass matrix:");
            for (int r = 0; r < n; r++) {
                StringBuilder b = new StringBuilder("# ");
                for (int k = 0; k < n; k++) b.append(k > 0 ? ", " : "").append(CmdStanNumbers.format(m[r * n + k]));
                line(out, b.toString());
            }
        } else {
            line(out, "# Diagonal elements of inverse mass matrix:");
            StringBuilder b = new StringBuilder("# ");
            for (int k = 0; k < m.length; k++) b.append(k > 0 ? ", " : "").append(CmdStanNumbers.format(m[k]));
            line(out, b.toString());
        }
    }

    private static void writeRow(BufferedWriter out, SampleStats st, double[] values) throws IOException {
        StringBuilder b = new StringBuilder(16 * (values.length + 7));
        b.append(CmdStanNumbers.format(st.logDensity())).append(',')
                .append(CmdStanNumbers.format(st.acceptStat())).append(',')
                .append(CmdStanNumbers.format(st.stepSize())).append(',')
                .append(st.treeDepth()).append(',')
                .append(st.numLeapfrog()).append(',')
                .append(st.diverging() ? 1 : 0).append(',')
                .append(CmdStanNumbers.format(st.energy()));
        for (double v : values) b.append(',').append(CmdStanNumbers.format(v));
        line(out, b.toString());
    }

    /** CmdStan's timing block; the second and third lines are indented under the first number. */
    private static void writeTiming(BufferedWriter out, ChainDraws cd) throws IOException {
        if (!cd.isComplete()) {
            line(out, "# ");
            line(out, "# Chain stopped early after " + cd.numDraws() + " draws: " + cd.failure().replace('\n', ' ').replace('=', ':'));
        }
        double warm = cd.warmupSeconds();
        double sampling = cd.samplingSeconds();
        String title = "  Elapsed Time: ";
        String pad = " ".repeat(title.length());
        line(out, "# ");
        line(out, "#" + title + CmdStanNumbers.formatShort(warm) + " seconds (Warm-up)");
        line(out, "#" + pad + CmdStanNumbers.formatShort(sampling) + " seconds (Sampling)");
        line(out, "#" + pad + CmdStanNumbers.formatShort(warm + sampling) + " seconds (Total)");
        line(out, "# ");
    }

    private static void line(BufferedWriter out, String text) throws IOException {
        out.write(text);
        out.write('\n');
    }
}
