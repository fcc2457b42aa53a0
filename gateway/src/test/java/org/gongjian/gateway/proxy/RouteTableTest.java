package org.gongjian.gateway.proxy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RouteTableTest {

    @Test
    void theFirstSegmentAfterApiDecides() {
        assertThat(RouteTable.ownerOf("/api/organizations")).contains(Backend.REGISTRY);
        assertThat(RouteTable.ownerOf("/api/organizations/stats")).contains(Backend.REGISTRY);
        assertThat(RouteTable.ownerOf("/api/pairings/coverage")).contains(Backend.PAIRING);
        assertThat(RouteTable.ownerOf("/api/launches")).contains(Backend.PAIRING);
        assertThat(RouteTable.ownerOf("/api/demands/1/resolution")).contains(Backend.PAIRING);
        assertThat(RouteTable.ownerOf("/api/activities/stats")).contains(Backend.ACTIVITY);
        assertThat(RouteTable.ownerOf("/api/cadence")).contains(Backend.ACTIVITY);
        assertThat(RouteTable.ownerOf("/api/notification-preferences")).contains(Backend.NOTIFICATION);
        assertThat(RouteTable.ownerOf("/api/webhooks/1")).contains(Backend.NOTIFICATION);
    }

    @Test
    void anOrganizationsCalendarBelongsToTheActivityService() {
        assertThat(RouteTable.ownerOf("/api/organizations/6f1c0c55-4c41-4b8e-9a55-0d4f3b7c1a01/calendar.ics")).contains(Backend.ACTIVITY);
        assertThat(RouteTable.ownerOf("/api/organizations/6f1c0c55/calendar.ics/x")).contains(Backend.REGISTRY);
    }

    @Test
    void anOrganizationsCalendarTokenAndAPairingsTimelineBelongToTheActivityService() {
        assertThat(RouteTable.ownerOf("/api/organizations/6f1c0c55/calendar-token")).contains(Backend.ACTIVITY);
        assertThat(RouteTable.ownerOf("/api/pairings/6f1c0c55/timeline")).contains(Backend.ACTIVITY);
        assertThat(RouteTable.ownerOf("/api/pairings/6f1c0c55/timeline/x")).contains(Backend.PAIRING);
        assertThat(RouteTable.ownerOf("/api/pairings/6f1c0c55/demands")).contains(Backend.PAIRING);
    }

    @Test
    void onlyTheCalendarFeedIsPublic() {
        assertThat(RouteTable.isPublic("/api/organizations/6f1c0c55/calendar.ics")).isTrue();
        assertThat(RouteTable.isPublic("/api/organizations/6f1c0c55/calendar-token")).isFalse();
        assertThat(RouteTable.isPublic("/api/organizations/6f1c0c55")).isFalse();
        assertThat(RouteTable.isPublic("/api/organizations/a/b/calendar.ics")).isFalse();
        assertThat(RouteTable.isPublic("/api/pairings/6f1c0c55/timeline")).isFalse();
    }

    @Test
    void signedReceiptLinksBelongToTheNotificationService() {
        assertThat(RouteTable.ownerOf("/r/abc.def")).contains(Backend.NOTIFICATION);
    }

    @Test
    void theGatewaysOwnPathsAndUnknownSegmentsAreNotForwarded() {
        assertThat(RouteTable.ownerOf("/api/dashboard/overview")).isEmpty();
        assertThat(RouteTable.ownerOf("/api/ledger")).isEmpty();
        assertThat(RouteTable.ownerOf("/api/organisations")).isEmpty();
        assertThat(RouteTable.ownerOf("/api/pairingsx")).isEmpty();
        assertThat(RouteTable.ownerOf("/")).isEmpty();
        assertThat(RouteTable.ownerOf("/q/health")).isEmpty();
    }
}
