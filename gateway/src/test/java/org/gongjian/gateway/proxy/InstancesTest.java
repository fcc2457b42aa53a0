package org.gongjian.gateway.proxy;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstancesTest {

    @Test
    void oneConfiguredUrlIsTheOnlyInstanceAndLosesItsTrailingSlash() {
        Instances one = Instances.parse("http://localhost:8082/");
        assertThat(one.all()).containsExactly("http://localhost:8082");
        assertThat(one.inTurn()).containsExactly("http://localhost:8082");
        assertThat(one.inTurn()).containsExactly("http://localhost:8082");
    }

    @Test
    void severalUrlsSeparatedByCommasTakeRequestsInTurn() {
        Instances two = Instances.parse(" http://a:1 , http://b:2/,");
        assertThat(two.all()).containsExactly("http://a:1", "http://b:2");
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < 10; i++) {
            first.merge(two.inTurn().getFirst(), 1, Integer::sum);
        }
        assertThat(first).containsEntry("http://a:1", 5).containsEntry("http://b:2", 5);
    }

    @Test
    void eachTurnListsEveryInstanceOnceSoThatARefusedConnectionFailsOverToTheNext() {
        Instances three = Instances.parse("http://a,http://b,http://c");
        List<List<String>> turns = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            turns.add(three.inTurn());
        }
        assertThat(turns).containsExactly(
                List.of("http://a", "http://b", "http://c"),
                List.of("http://b", "http://c", "http://a"),
                List.of("http://c", "http://a", "http://b"),
                List.of("http://a", "http://b", "http://c"));
    }

    @Test
    void theSameConfiguredValueSharesOneTurn() {
        String configured = "http://shared-a:1,http://shared-b:2";
        assertThat(Instances.of(configured)).isSameAs(Instances.of(configured));
        assertThat(Instances.of(configured).inTurn().getFirst()).isNotEqualTo(Instances.of(configured).inTurn().getFirst());
    }

    @Test
    void aServiceWithoutAnyUrlIsAConfigurationError() {
        assertThatThrownBy(() -> Instances.parse(" , ")).isInstanceOf(IllegalArgumentException.class);
    }
}
