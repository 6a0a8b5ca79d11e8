package io.handoff.outcomes;

import io.handoff.testing.InfrastructureResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.handoff.outcomes.AnalyticsApi.funnel;
import static io.handoff.outcomes.AnalyticsApi.setters;
import static io.handoff.outcomes.AnalyticsApi.summary;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure of the 40-call scenario ({@link FortyCallScenario}), computed by hand below and asserted exactly.
 *
 * <p>In the range: calls S01-S28 (S13 after its reschedule into the range, X1 and X2 outside), D01-D12; leads
 * L01-L12 (L13 first captured before the range); deals A-M except I (deleted) and N (dated after the range),
 * F at its updated value. Held = booked − cancelled − no-shows, as every call in the range has ended.
 * Cancelled: S10, S16, S24, D07. Rescheduled: S13, S24. No-shows: S04, S08, S19, S26 (S28 was corrected away
 * from NO_SHOW), D03, D10. WON deals: A B D F G H K L M; DEPOSIT: C J; RECURRING E counts only as revenue.
 */
@QuarkusTest
@QuarkusTestResource(InfrastructureResource.class)
class AnalyticsScenarioTest {

    @Test
    void shouldReportEveryFigureOfTheFortyCallScenarioExactly() {
        FortyCallScenario s = FortyCallScenario.build();
        String token = s.ws.managerToken();

        // Total. Leads 12; qualified L01 L03 L05 L06 L09 L10 = 6; disqualified L02 L08 L12 = 3.
        // Calls 40 = 28 + 12; cancelled 4; held 40 − 4 − 6 = 30; show rate 30 ÷ 36 = 0.8333.
        // Strategy held 28 − 3 cancelled − 4 no-shows = 21; closing 9 ÷ 21 = 0.4286; engagement 11 ÷ 21 = 0.5238.
        // Revenue 1500.00 + 2000.50 + 250.25 + 999.99 + 300.00 + 1250.10 + 3000.00 + 1800.00 + 400.00 + 2500.00
        //   + 700.00 + 800.00 = 15500.84.
        // Objections (non-cancelled calls): MONEY S01 S07 S15 S18 S28 = 5, LOGISTIC S13, PARTNER S06 S17,
        //   FEAR S03 S25, SMOKE_SCREEN S12, NO_OBJECTION S02 S21.
        // No-sale reasons: NO_SHOW S04 S08 S19 S26, NOT_INTERESTED S05 S20, CONTACT_CANCELLED S11,
        //   ADMIN_CANCELLED S14, UNQUALIFIED S07 S27, FOLLOW_UP_SCHEDULED S06 S23.
        String total = "leads=12/6/3 calls=40/30/4/2/6 strategyHeld=21 deals=9/2 rates=0.8333/0.4286/0.5238 "
                + "revenue=15500.84 objections=5/1/2/2/1/2 noSale=4/2/1/1/2/2";
        JsonPath plain = summary(token, s.from, s.to, null).statusCode(200).extract().jsonPath();
        assertThat(plain.getString("from")).isEqualTo(s.from.toString());
        assertThat(plain.getString("to")).isEqualTo(s.to.toString());
        assertThat(plain.getString("timeZone")).isEqualTo("Europe/Berlin");
        assertThat(plain.getString("currency")).isEqualTo("EUR");
        assertThat(plain.getList("groups")).isEmpty();
        assertFigures(plain.getMap("total"), total);

        byCloser(s, total);
        bySetter(s, total);
        byEventType(s, total);
        byUtmSource(s, total);
        funnelAndSetters(s);
    }

    private static void byCloser(FortyCallScenario s, String total) {
        // C1 hosts S01-S16 (S13 after its reschedule): cancelled S10 S16, rescheduled S13, no-shows S04 S08,
        //   held 16 − 2 − 2 = 12 (show 12 ÷ 14 = 0.8571). Deals with closer C1: WON A B D F M = 5, DEPOSIT C,
        //   closing 5 ÷ 12 = 0.4167, engagement 6 ÷ 12 = 0.5000; revenue 1500.00 + 2000.50 + 250.25 + 999.99
        //   + 300.00 + 1250.10 + 800.00 = 7100.84. Objections MONEY S01 S07 S15, LOGISTIC S13, PARTNER S06,
        //   FEAR S03, SMOKE_SCREEN S12, NO_OBJECTION S02; no-sale NO_SHOW S04 S08, NOT_INTERESTED S05,
        //   CONTACT_CANCELLED S11, ADMIN_CANCELLED S14, UNQUALIFIED S07, FOLLOW_UP_SCHEDULED S06.
        // C2 hosts S17-S28: cancelled S24, rescheduled S24, no-shows S19 S26, held 12 − 1 − 2 = 9 (9 ÷ 11 =
        //   0.8182). WON G H K L = 4, DEPOSIT J: closing 4 ÷ 9 = 0.4444, engagement 5 ÷ 9 = 0.5556; revenue
        //   3000.00 + 1800.00 + 400.00 + 2500.00 + 700.00 = 8400.00. Objections MONEY S18 S28, PARTNER S17,
        //   FEAR S25, NO_OBJECTION S21; no-sale NO_SHOW S19 S26, NOT_INTERESTED S20, UNQUALIFIED S27, FOLLOW_UP S23.
        // No closer: the 12 discovery calls (cancelled D07, no-shows D03 D10, held 9, 9 ÷ 11 = 0.8182, no held
        //   strategy call: no closing or engagement rate) and the 12 leads.
        Map<String, Map<String, Object>> groups = groups(s, "closer", total);
        assertThat(labels(s, "closer")).containsExactly("Carl Closer", "Cleo Closer", "no closer");
        assertFigures(groups.get(key(s, "C1")), "leads=0/0/0 calls=16/12/2/1/2 strategyHeld=12 deals=5/1 "
                + "rates=0.8571/0.4167/0.5000 revenue=7100.84 objections=3/1/1/1/1/1 noSale=2/1/1/1/1/1");
        assertFigures(groups.get(key(s, "C2")), "leads=0/0/0 calls=12/9/1/1/2 strategyHeld=9 deals=4/1 "
                + "rates=0.8182/0.4444/0.5556 revenue=8400.00 objections=2/0/1/1/0/1 noSale=2/1/0/0/1/1");
        assertFigures(groups.get(null), "leads=12/6/3 calls=12/9/1/0/2 strategyHeld=0 deals=0/0 "
                + "rates=0.8182/-/- revenue=0.00 objections=0/0/0/0/0/0 noSale=0/0/0/0/0/0");
    }

    private static void bySetter(FortyCallScenario s, String total) {
        // A strategy call belongs to the setter who set it, a discovery call to its host; a deal to its setter.
        // S1 set S01 S02 S03 S09 S10 S13 S15 S17 S20 S23 S26 and hosts D01-D07: 18 calls; cancelled S10 D07;
        //   rescheduled S13; no-shows S26 D03; held 18 − 2 − 2 = 14 (14 ÷ 16 = 0.8750); strategy held 11 − S10
        //   − S26 = 9. Deals with setter S1: WON A B F G M = 5, DEPOSIT C: 5 ÷ 9 = 0.5556, 6 ÷ 9 = 0.6667;
        //   revenue 1500.00 + 2000.50 + 250.25 + 300.00 + 1250.10 + 3000.00 + 800.00 = 9100.85. Objections
        //   MONEY S01 S15, LOGISTIC S13, PARTNER S17, FEAR S03, NO_OBJECTION S02; no-sale NO_SHOW S26,
        //   NOT_INTERESTED S20, FOLLOW_UP S23.
        // S2 set S04 S05 S06 S11 S14 S18 S19 S22 S25 S27 and hosts D08-D12: 15 calls, none cancelled;
        //   no-shows S04 S19 D10; held 12 (12 ÷ 15 = 0.8000); strategy held 10 − 2 = 8. WON H L, DEPOSIT J:
        //   2 ÷ 8 = 0.2500, 3 ÷ 8 = 0.3750; revenue 1800.00 + 400.00 + 700.00 = 2900.00. Objections MONEY S18,
        //   PARTNER S06, FEAR S25; no-sale NO_SHOW S04 S19, NOT_INTERESTED S05, CONTACT_CANCELLED S11,
        //   ADMIN_CANCELLED S14, UNQUALIFIED S27, FOLLOW_UP S06.
        // No setter: S07 S08 S12 S16 S21 S24 S28 booked on the public page, and the leads; cancelled S16 S24,
        //   rescheduled S24, no-show S08, held 4 (4 ÷ 5 = 0.8000). WON D K (I deleted): 2 ÷ 4 = 0.5000 twice;
        //   revenue 999.99 + 2500.00 = 3499.99. Objections MONEY S07 S28, SMOKE_SCREEN S12, NO_OBJECTION S21;
        //   no-sale NO_SHOW S08, UNQUALIFIED S07.
        Map<String, Map<String, Object>> groups = groups(s, "setter", total);
        assertThat(labels(s, "setter")).containsExactly("Sam Setter", "Sue Setter", "no setter");
        assertFigures(groups.get(key(s, "S1")), "leads=0/0/0 calls=18/14/2/1/2 strategyHeld=9 deals=5/1 "
                + "rates=0.8750/0.5556/0.6667 revenue=9100.85 objections=2/1/1/1/0/1 noSale=1/1/0/0/0/1");
        assertFigures(groups.get(key(s, "S2")), "leads=0/0/0 calls=15/12/0/0/3 strategyHeld=8 deals=2/1 "
                + "rates=0.8000/0.2500/0.3750 revenue=2900.00 objections=1/0/1/1/0/0 noSale=2/1/1/1/1/1");
        assertFigures(groups.get(null), "leads=12/6/3 calls=7/4/2/1/1 strategyHeld=4 deals=2/0 "
                + "rates=0.8000/0.5000/0.5000 revenue=3499.99 objections=2/0/0/0/1/1 noSale=1/0/0/0/1/0");
    }

    private static void byEventType(FortyCallScenario s, String total) {
        // Strategy Session: the 28 strategy calls (the total's call figures), its leads L01 L02 L03 L07 L09 L10
        //   L12 (qualified L01 L03 L09 L10, disqualified L02 L12), the deals of its calls: all but L (no call):
        //   WON 8, DEPOSIT 2: 8 ÷ 21 = 0.3810, 10 ÷ 21 = 0.4762, show 21 ÷ 25 = 0.8400; revenue 15500.84 − 700.00.
        // Discovery Call: D01-D12 (held 9, 9 ÷ 11) and leads L04 L05 L06 L08 L11 (qualified L05 L06, disq. L08).
        // No event type: deal L alone: one WON deal, 700.00, no calls, hence no rates.
        Map<String, Map<String, Object>> groups = groups(s, "eventType", total);
        assertThat(labels(s, "eventType")).containsExactly("Discovery Call", "Strategy Session", "no event type");
        assertFigures(groups.get(s.strategyType.toString()), "leads=7/4/2 calls=28/21/3/2/4 strategyHeld=21 "
                + "deals=8/2 rates=0.8400/0.3810/0.4762 revenue=14800.84 objections=5/1/2/2/1/2 noSale=4/2/1/1/2/2");
        assertFigures(groups.get(s.discoveryType.toString()), "leads=5/2/1 calls=12/9/1/0/2 strategyHeld=0 "
                + "deals=0/0 rates=0.8182/-/- revenue=0.00 objections=0/0/0/0/0/0 noSale=0/0/0/0/0/0");
        assertFigures(groups.get(null), "leads=0/0/0 calls=0/0/0/0/0 strategyHeld=0 deals=1/0 rates=-/-/- "
                + "revenue=700.00 objections=0/0/0/0/0/0 noSale=0/0/0/0/0/0");
    }

    private static void byUtmSource(FortyCallScenario s, String total) {
        // google: S01 S02 S05 S07 S10 S11 S13 S16 S17 S18 S22 S24 S26 + D01 D02 D05 D07 D09 D12 = 19 calls;
        //   cancelled S10 S16 S24 D07, rescheduled S13 S24, no-show S26; held 14 (14 ÷ 15 = 0.9333); strategy
        //   held 13 − 3 − 1 = 9. Deals on google calls: A B E G H M: WON 5: 5 ÷ 9 = 0.5556 (no DEPOSIT);
        //   revenue 1500.00 + 2000.50 + 300.00 + 3000.00 + 1800.00 + 800.00 = 9400.50. Objections MONEY S01
        //   S07 S18, LOGISTIC S13, PARTNER S17, NO_OBJECTION S02; no-sale NO_SHOW S26, NOT_INTERESTED S05,
        //   CONTACT_CANCELLED S11, UNQUALIFIED S07. Leads L01 L02 L06 L07 L11 (qualified L01 L06, disq. L02).
        // facebook: S03 S04 S09 S12 S15 S19 S21 S23 S25 S28 + D03 D06 D08 D11 = 14; no-shows S04 S19 D03; held 11
        //   (11 ÷ 14 = 0.7857); strategy held 8. Deals C D F J K: WON 3 DEPOSIT 2: 0.3750, 0.6250; revenue 250.25
        //   + 999.99 + 1250.10 + 400.00 + 2500.00 = 5400.34. Objections MONEY S15 S28, FEAR S03 S25,
        //   SMOKE_SCREEN S12, NO_OBJECTION S21; no-sale NO_SHOW S04 S19, FOLLOW_UP S23. Leads L03 L04 L08 L10.
        // No source: S06 S08 S14 S20 S27 + D04 D10 = 7; no-shows S08 D10; held 5 (5 ÷ 7 = 0.7143); strategy held
        //   4; deal L: 1 ÷ 4 = 0.2500, 700.00. Objection PARTNER S06; no-sale NO_SHOW S08, NOT_INTERESTED S20,
        //   ADMIN_CANCELLED S14, UNQUALIFIED S27, FOLLOW_UP S06. Leads L05 L09 L12 (qualified L05 L09).
        Map<String, Map<String, Object>> groups = groups(s, "utmSource", total);
        assertThat(labels(s, "utmSource")).containsExactly("facebook", "google", "no UTM source");
        assertFigures(groups.get("google"), "leads=5/2/1 calls=19/14/4/2/1 strategyHeld=9 deals=5/0 "
                + "rates=0.9333/0.5556/0.5556 revenue=9400.50 objections=3/1/1/0/0/1 noSale=1/1/1/0/1/0");
        assertFigures(groups.get("facebook"), "leads=4/2/1 calls=14/11/0/0/3 strategyHeld=8 deals=3/2 "
                + "rates=0.7857/0.3750/0.6250 revenue=5400.34 objections=2/0/0/2/1/1 noSale=2/0/0/0/0/1");
        assertFigures(groups.get(null), "leads=3/2/1 calls=7/5/0/0/2 strategyHeld=4 deals=1/0 "
                + "rates=0.7143/0.2500/0.2500 revenue=700.00 objections=0/0/1/0/0/0 noSale=1/1/0/1/1/1");
    }

    private static void funnelAndSetters(FortyCallScenario s) {
        // Funnel: 12 captured, 6 qualified, 28 strategy calls booked, 21 held, 9 WON deals.
        JsonPath funnel = funnel(s.ws.adminToken(), s.from, s.to).statusCode(200).extract().jsonPath();
        assertThat(List.of(funnel.getInt("captured"), funnel.getInt("qualified"), funnel.getInt("booked"),
                funnel.getInt("held"), funnel.getInt("won"))).containsExactly(12, 6, 28, 21, 9);

        // S1: claimed K01 K05 K06 (K01's second claim counts once); approved K02; rejected D02 D03 D05; set 11,
        //   held 9 (S10 cancelled, S26 no-show), closed S01 S02 S15 S17 (held with a WON deal; S03 only a deposit,
        //   S13 only recurring); revenue 9100.85. Speed: L01 300 s, L03 60 s, L05 900 s → median 300,
        //   p90 = 300 + 0.8 × (900 − 300) = 780.
        // S2: claimed K02 K06; approved K04; rejected D09 D10 D12; set 10, held 8, closed S18; revenue 2900.00.
        //   Speed: L02 120 s (before S1's approval), L04 600 s, L06 1800 s (S1's claim came before the capture,
        //   the system's stage move does not count) → median 600, p90 = 600 + 0.8 × 1200 = 1560.
        JsonPath setters = setters(s.ws.managerToken(), s.from, s.to).statusCode(200).extract().jsonPath();
        assertThat(setters.getList("items.name")).containsExactly("Sam Setter", "Sue Setter");
        assertThat(setters.getMap("items[0]")).containsAllEntriesOf(Map.of("userId", key(s, "S1"), "claimed", 3,
                "approved", 1, "rejected", 3, "callsSet", 11, "callsHeld", 9, "callsClosed", 4, "revenue", "9100.85",
                "speedToLeadSeconds", Map.of("median", 300, "p90", 780, "leads", 3)));
        assertThat(setters.getMap("items[1]")).containsAllEntriesOf(Map.of("userId", key(s, "S2"), "claimed", 2,
                "approved", 1, "rejected", 3, "callsSet", 10, "callsHeld", 8, "callsClosed", 1, "revenue", "2900.00",
                "speedToLeadSeconds", Map.of("median", 600, "p90", 1560, "leads", 3)));
    }

    /** The groups by key (null for "no group"); their sum must be the total, whatever the grouping. */
    private static Map<String, Map<String, Object>> groups(FortyCallScenario s, String groupBy, String total) {
        JsonPath json = summary(s.ws.adminToken(), s.from, s.to, groupBy).statusCode(200).extract().jsonPath();
        assertThat(json.getString("groupBy")).isEqualTo(groupBy);
        assertFigures(json.getMap("total"), total);
        List<Map<String, Object>> rows = json.getList("groups");
        assertThat(rows).hasSize(3);
        Map<String, Map<String, Object>> byKey = new HashMap<>();
        rows.forEach(row -> byKey.put((String) row.get("key"), row));
        return byKey;
    }

    private static List<String> labels(FortyCallScenario s, String groupBy) {
        return summary(s.ws.adminToken(), s.from, s.to, groupBy).extract().jsonPath().getList("groups.label");
    }

    private static String key(FortyCallScenario s, String person) {
        UUID id = s.people.get(person);
        return id.toString();
    }

    static void assertFigures(Map<String, Object> actual, String expected) {
        assertThat(actual).as(expected).containsAllEntriesOf(ExpectedFigures.of(expected));
    }
}
