package org.a6gateway.foreign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.a6gateway.blocks.BlockQuery;
import org.a6gateway.blocks.BlockRecord;
import org.a6gateway.nationalrecords.AuthorizationRecord;
import org.a6gateway.publication.CaDeclaration;
import org.a6gateway.publication.CaStatus;
import org.a6gateway.publication.MemoryPublication;
import org.a6gateway.publication.PublicationPlan;
import org.a6gateway.publication.PublicationRounds;
import org.a6gateway.publication.PublishedUnit;
import org.a6gateway.publication.Refusal;
import org.a6gateway.publication.WantedUnits;
import org.a6gateway.publication.WantedUnitsReader;
import org.a6gateway.units.LabelCode;
import org.a6gateway.units.SerialRange;

/**
 * Publication on registries the gateway never saw ({@link ForeignRegistry}, some sending units
 * twice), to a publication registry that loses a quarter of the writes it accepts the first time:
 * every block carrying an Article 6 label is published once, as its labels decide, or refused
 * with its reason; the registry never shows the same units twice; a second run publishes
 * nothing; and a revocation after publication splits the unit it falls in, withdrawing nothing.
 */
class PublicationProperties {

    private static final Set<String> AUTHORIZED = LabelCode.AUTHORIZED.stream().map(Enum::name).collect(Collectors.toSet());

    @Provide
    Arbitrary<ForeignRegistry> registries() {
        return Arbitraries.longs().flatMap(seed -> Arbitraries.of(true, false)
                .map(twice -> twice ? ForeignRegistry.generate(seed).withUnitsTwice() : ForeignRegistry.generate(seed)));
    }

    @Property(tries = 200)
    void eachAuthorizedBlockIsPublishedOnceAsDecidedOrRefusedWithItsReason(@ForAll("registries") ForeignRegistry registry) {
        var world = ForeignWorld.synced(registry);
        var target = losingAQuarter(registry.seed());
        var shown = new ArrayList<PublicationPlan>();

        var outcome = publish(world, target, Set.of(), shown);

        var wanted = wanted(world, List.of());
        Statistics.label("refused").collect(!wanted.refused().isEmpty());
        var decided = Stream.concat(wanted.units().stream().map(PublishedUnit::blockId), wanted.refused().stream().map(Refusal::blockId));
        assertThat(decided.toList()).as("seed %d: every labelled block decided once", registry.seed())
                .containsExactlyInAnyOrderElementsOf(world.blocks.stream().filter(PublicationProperties::labelled)
                        .map(BlockRecord::blockId).toList());
        assertThat(wanted.refused()).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
        assertThat(PublicationPlan.of(wanted.units(), target.read()).isEmpty()).as("seed %d: shown as decided", registry.seed()).isTrue();
        assertThat(outcome.created()).isEqualTo(wanted.units().size());
        assertThat(shown.stream().flatMap(p -> p.creations().stream()).map(PublicationRounds::key).toList())
                .as("seed %d: each creation recorded once", registry.seed()).doesNotHaveDuplicates().hasSize(wanted.units().size());
        assertNeverTwice(registry, target.read());
        var blocks = world.blocks.stream().collect(Collectors.toMap(BlockRecord::blockId, b -> b, (a, b) -> a));
        for (PublishedUnit unit : target.read()) {
            assertThat(unit.caStatus()).as("seed %d: %s", registry.seed(), unit).isEqualTo(expectedStatus(blocks.get(unit.blockId())));
            assertThat(unit.declaration() == CaDeclaration.COMMITTED).isEqualTo(!unit.letters().isEmpty());
        }

        int applied = target.applied;
        var replan = PublicationPlan.of(wanted(world, target.read()).units(), target.read());
        var again = publish(world, target, keys(shown), new ArrayList<>());
        assertThat(target.applied).as("seed %d: a second run stages nothing: %s", registry.seed(), replan).isEqualTo(applied);
        assertThat(again.created() + again.updated() + again.split()).isZero();
        Statistics.label("refused").coverage(c -> c.check(true).percentage(p -> p > 5));
    }

    @Property(tries = 100)
    void aRevocationAfterPublicationSplitsTheUnitItFallsInAndWithdrawsNothing(@ForAll("registries") ForeignRegistry registry) {
        var world = ForeignWorld.synced(registry);
        var target = losingAQuarter(registry.seed());
        var shown = new ArrayList<PublicationPlan>();
        publish(world, target, Set.of(), shown);
        var before = target.read();
        var random = new Random(registry.seed());
        var published = before.stream().filter(u -> u.count() > 1).toList();
        Statistics.label("revoked inside a published unit").collect(!published.isEmpty());
        if (published.isEmpty()) {
            return;
        }
        var unit = published.get(random.nextInt(published.size()));
        var block = world.blocks.stream().filter(b -> b.blockId().equals(unit.blockId())).findFirst().orElseThrow();
        long from = unit.range().start() + 1 + random.nextInt((int) Math.min(unit.count() - 1, Integer.MAX_VALUE));
        world.revoke(block, SerialRange.of(from, unit.range().end()));
        world.sync();

        var outcome = publish(world, target, keys(shown), shown);

        var after = target.read();
        assertNeverTwice(registry, after);
        for (PublishedUnit was : before) {
            assertThat(covered(was, after)).as("seed %d: %s still shown", registry.seed(), was).isTrue();
        }
        var wanted = wanted(world, after);
        assertThat(PublicationPlan.of(wanted.units(), after).isEmpty()).as("seed %d: shown as decided after the revocation: %s",
                registry.seed(), outcome).isTrue();
        long decidedApart = wanted.units().stream().filter(w -> w.sameScope(unit) && w.range().overlaps(unit.range())).count();
        Statistics.label("split").collect(decidedApart > 1);
        var split = shown.stream().flatMap(p -> p.splits().stream()).map(PublicationPlan.Split::published).toList();
        if (decidedApart > 1) {
            assertThat(split).as("seed %d: %s split", registry.seed(), unit).extracting(PublishedUnit::id).contains(unit.id());
        }
    }

    private static MemoryPublication losingAQuarter(long seed) {
        var target = new MemoryPublication();
        var random = new Random(seed);
        var tried = new HashSet<String>();
        target.loses = u -> tried.add(PublicationRounds.key(u) + " " + u.describe()) && random.nextInt(4) == 0;
        return target;
    }

    private static PublicationRounds.Outcome publish(ForeignWorld world, MemoryPublication target, Set<String> before,
                                                     List<PublicationPlan> shown) {
        return new PublicationRounds(target, before, shown::add).run(published -> wanted(world, published));
    }

    private static WantedUnits wanted(ForeignWorld world, List<PublishedUnit> published) {
        Map<String, AuthorizationRecord> byId = world.registry.authorizations().stream()
                .collect(Collectors.toMap(AuthorizationRecord::authorizationId, a -> a));
        var blocks = world.blocks.stream().sorted(Comparator.comparing(BlockRecord::program).thenComparing(BlockRecord::issuanceId)
                .thenComparingLong(BlockRecord::blockStart)).toList();
        return WantedUnitsReader.of(blocks::forEach, byId, Map.of(), published);
    }

    private static Set<String> keys(List<PublicationPlan> shown) {
        return shown.stream().flatMap(p -> p.creations().stream()).map(PublicationRounds::key).collect(Collectors.toSet());
    }

    private static boolean labelled(BlockRecord block) {
        return block.labels().stream().anyMatch(l -> AUTHORIZED.contains(l.code()));
    }

    private static CaStatus expectedStatus(BlockRecord block) {
        if (block.labels().stream().anyMatch(l -> l.code().equals(LabelCode.A6_CORRESPONDINGLY_ADJUSTED.name()))) {
            return CaStatus.COMPLETED;
        }
        return block.itmoReference() != null ? CaStatus.PENDING : CaStatus.NOT_STARTED;
    }

    /** No two units the registry shows hold the same serial unit (in the scope the programme numbers units in). */
    private static void assertNeverTwice(ForeignRegistry registry, List<PublishedUnit> units) {
        var byScope = units.stream().collect(Collectors.groupingBy(u -> BlockQuery.scope(u.registry(), u.issuanceId())));
        for (var scope : byScope.values()) {
            var sorted = scope.stream().sorted(Comparator.comparingLong(u -> u.range().start())).toList();
            for (int i = 1; i < sorted.size(); i++) {
                assertThat(sorted.get(i).range().start()).as("seed %d: %s and %s", registry.seed(), sorted.get(i - 1), sorted.get(i))
                        .isGreaterThan(sorted.get(i - 1).range().end());
            }
        }
    }

    private static boolean covered(PublishedUnit was, List<PublishedUnit> now) {
        List<SerialRange> left = List.of(was.range());
        for (PublishedUnit unit : now) {
            if (unit.sameScope(was)) {
                left = left.stream().flatMap(r -> r.subtract(unit.range()).stream()).toList();
            }
        }
        return left.isEmpty();
    }
}
