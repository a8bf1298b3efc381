package org.bayes4j.validation.sbc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Finished replicates on disk, one JSON file each, under
 * {@code DIR/<model>/<key>/replicate-00042.json} where the key is a hash of
 * everything that determines a replicate's result (model, sampler, chains,
 * warm-up, draws, simulation sizes, master seed and this file format's
 * version). A run that is interrupted and started again with the same
 * settings reads the replicates already done instead of refitting them. Files
 * are written to a temporary name and moved into place, so a half-written file
 * is never read back. The cache does not know the model's code: clear it after
 * changing a model.
 */
public final class ReplicateCache {

    static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;

    private ReplicateCache(Path directory) { this.directory = directory; }

    public static ReplicateCache at(Path root, String model, String settingsKey) {
        Path dir = root.resolve(model).resolve(hash("format " + FORMAT + "; " + settingsKey));
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("settings.txt"), "model " + model + "; " + settingsKey + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the replicate cache " + dir + ": " + e.getMessage(), e);
        }
        return new ReplicateCache(dir);
    }

    public Path directory() { return directory; }

    private Path file(int replicate) { return directory.resolve(String.format("replicate-%05d.json", replicate)); }

    /** The cached replicate, or {@code null} when absent or unreadable (then it is refitted). */
    public ReplicateResult read(int replicate) {
        Path f = file(replicate);
        if (!Files.isRegularFile(f)) return null;
        try {
            return fromJson(JSON.readTree(f.toFile()));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    public void write(ReplicateResult r) {
        Path f = file(r.replicate());
        Path tmp = f.resolveSibling(f.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
        try {
            JSON.writeValue(tmp.toFile(), toJson(r));
            try {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + f + ": " + e.getMessage(), e);
        }
    }

    static ObjectNode toJson(ReplicateResult r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("replicate", r.replicate());
        ArrayNode q = o.putArray("quantities");
        r.quantities().forEach(q::add);
        doubles(o.putArray("truth"), r.truth());
        ArrayNode rank = o.putArray("rank");
        for (int v : r.rank()) rank.add(v);
        o.put("thinned_draws", r.thinnedDraws());
        doubles(o.putArray("pit"), r.pit());
        doubles(o.putArray("mean"), r.mean());
        doubles(o.putArray("sd"), r.sd());
        ArrayNode c50 = o.putArray("covered50");
        for (boolean b : r.covered50()) c50.add(b);
        ArrayNode c90 = o.putArray("covered90");
        for (boolean b : r.covered90()) c90.add(b);
        o.put("divergences", r.divergences());
        o.put("max_rhat", text(r.maxRhat()));
        o.put("min_ess_bulk", text(r.minEssBulk()));
        o.put("thin", r.thin());
        o.put("work", r.work());
        o.put("seconds", r.seconds());
        if (r.failure() != null) o.put("failure", r.failure());
        return o;
    }

    static ReplicateResult fromJson(JsonNode o) {
        List<String> names = new ArrayList<>();
        o.get("quantities").forEach(n -> names.add(n.asText()));
        int m = names.size();
        int[] rank = new int[m];
        boolean[] c50 = new boolean[m];
        boolean[] c90 = new boolean[m];
        for (int i = 0; i < m; i++) {
            rank[i] = o.get("rank").get(i).asInt();
            c50[i] = o.get("covered50").get(i).asBoolean();
            c90[i] = o.get("covered90").get(i).asBoolean();
        }
        return new ReplicateResult(o.get("replicate").asInt(), names, doubles(o.get("truth")), rank, o.get("thinned_draws").asInt(),
                doubles(o.get("pit")), doubles(o.get("mean")), doubles(o.get("sd")), c50, c90, o.get("divergences").asLong(),
                number(o.get("max_rhat").asText()), number(o.get("min_ess_bulk").asText()), o.get("thin").asInt(),
                o.get("work").asDouble(), o.get("seconds").asDouble(), o.hasNonNull("failure") ? o.get("failure").asText() : null);
    }

    // doubles are written as text so that NaN and infinities round-trip exactly
    private static void doubles(ArrayNode a, double[] v) { for (double x : v) a.add(text(x)); }

    private static double[] doubles(JsonNode a) {
        double[] v = new double[a.size()];
        for (int i = 0; i < v.length; i++) v[i] = number(a.get(i).asText());
        return v;
    }

    private static String text(double x) { return Double.toString(x); }

    private static double number(String s) { return Double.parseDouble(s); }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
