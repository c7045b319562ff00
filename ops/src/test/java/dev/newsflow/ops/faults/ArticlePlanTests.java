package dev.newsflow.ops.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ops.faults.ArticlePlan.Send;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticlePlanTests {

    private final List<Send> plan = ArticlePlan.of("p-", 2000, 0.10, 0.30, 42);

    @Test
    void everyIdIsSentWithItsVersionsInOrder() {
        Map<String, Integer> last = new HashMap<>();
        for (Send send : plan) {
            assertThat(send.seq()).as(send.toString()).isEqualTo(last.getOrDefault(send.id(), 0) + 1);
            last.put(send.id(), send.seq());
        }
        assertThat(last).hasSize(2000);
    }

    @Test
    void aboutOneInTenIdsHasTwoOrThreeVersions() {
        Map<String, Integer> versions = new HashMap<>();
        plan.forEach(s -> versions.merge(s.id(), 1, Integer::sum));
        long versioned = versions.values().stream().filter(v -> v > 1).count();

        assertThat(versioned).isBetween(150L, 250L);
        assertThat(versions.values()).allMatch(v -> v >= 1 && v <= 3);
    }

    @Test
    void eachVersionHasItsOwnBodyAndMarker() {
        Set<String> bodies = new HashSet<>();
        plan.forEach(s -> bodies.add(ArticlePlan.json("run", s)));

        assertThat(bodies).hasSize(plan.size());
        assertThat(ArticlePlan.json("run", new Send("p-7", 2, false))).contains("\"seq\":\"2\"").contains("\"id\":\"p-7\"");
    }
}
