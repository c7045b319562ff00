package dev.newsflow.ops.faults;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * What the suite sends, in order: {@code articles} unique ids, a share of them in two or three
 * versions with distinct bodies. A later version always comes later in the order (the version
 * order is the send order), a few dozen sends after the one before it.
 */
final class ArticlePlan {

    /** One send: version {@code seq} (1, 2, 3) of article {@code id}; {@code batch}: via the batch endpoint. */
    record Send(String id, int seq, boolean batch) {
    }

    private static final String[] WORDS = ("harbour council river minister station election market festival bridge "
            + "research hospital railway museum energy teacher farmers village storm budget league coast engineers "
            + "library airport vaccine orchestra satellite mayor drought factory students treaty forest")
            .split(" ");

    private ArticlePlan() {
    }

    static List<Send> of(String prefix, int articles, double versionedShare, double batchShare, long seed) {
        Random random = new Random(seed);
        record Slot(double position, Send send) {
        }
        List<Slot> slots = new ArrayList<>();
        for (int n = 0; n < articles; n++) {
            String id = prefix + n;
            int versions = random.nextDouble() < versionedShare ? 2 + random.nextInt(2) : 1;
            double position = n;
            for (int seq = 1; seq <= versions; seq++) {
                slots.add(new Slot(position, new Send(id, seq, random.nextDouble() < batchShare)));
                position += 3 + random.nextInt(40) + 0.5;
            }
        }
        slots.sort(Comparator.comparingDouble(Slot::position));
        return slots.stream().map(Slot::send).toList();
    }

    /** The article JSON of a send: the version's marker is {@code metadata.seq}, and its body differs from the others. */
    static String json(String run, Send send) {
        Random random = new Random(send.id().hashCode() * 31L + send.seq());
        StringBuilder body = new StringBuilder();
        for (int sentence = 0; sentence < 4; sentence++) {
            body.append("The ");
            for (int w = 0; w < 9; w++) {
                body.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            body.append("report ").append(send.id().replace('-', ' ')).append(" revision ").append(send.seq()).append(". ");
        }
        return "{\"id\":\"" + send.id() + "\",\"source\":\"fault-suite\",\"language\":\"en\","
                + "\"title\":\"Fault suite article " + send.id() + " revision " + send.seq() + "\","
                + "\"body\":\"" + body.toString().trim() + "\","
                + "\"metadata\":{\"run\":\"" + run + "\",\"seq\":\"" + send.seq() + "\"}}";
    }
}
