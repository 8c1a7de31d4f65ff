package com.gjjhall.audit.volume;

import com.gjjhall.audit.view.ViewSchema;
import com.gjjhall.audit.view.ViewVersions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Ops: events per day and type, from the volume view. Role OPS, on the path and here. */
@RestController
@PreAuthorize("hasRole('OPS')")
class EventVolumeController {

    private final EventVolumeProjection view;
    private final ViewVersions versions;
    private final JdbcTemplate jdbc;

    EventVolumeController(EventVolumeProjection view, ViewVersions versions, JdbcTemplate jdbc) {
        this.view = view;
        this.versions = versions;
        this.jdbc = jdbc;
    }

    /** @param from first day, {@code yyyy-MM-dd}; @param to last day, inclusive */
    @GetMapping("/api/audit/ops/volume")
    List<EventVolumeProjection.DailyVolume> volume(@RequestParam String from, @RequestParam String to) {
        return versions.live(EventVolumeProjection.NAME).map(live -> jdbc.query("select "
                + EventVolumeProjection.DAILY.columnList() + " from "
                + ViewSchema.table(view, EventVolumeProjection.DAILY, live.version())
                + " where day >= ? and day <= ? order by day, event_type",
                (rs, i) -> EventVolumeProjection.DAILY.read(rs), from, to)).orElse(List.of());
    }
}
