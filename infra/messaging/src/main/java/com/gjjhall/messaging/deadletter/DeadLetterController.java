package com.gjjhall.messaging.deadletter;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Ops: what this service parked, and re-driving it once the cause is fixed. Role OPS, on the path and here. */
@RestController
@PreAuthorize("hasRole('OPS')")
@RequestMapping("/api/${gjj.service.domain}/ops/dead-letters")
public class DeadLetterController {

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    public List<DeadLetter> pending(@RequestParam(defaultValue = "100") int max) {
        return deadLetters.pending(Math.max(1, Math.min(max, 1000)));
    }

    @PostMapping("/redrive")
    public RedriveReport redrive() {
        return deadLetters.redrive();
    }

    /** One letter, by its listed position ({@code partition@offset}); an unknown position is 404. */
    @PostMapping("/{position}/redrive")
    public LetterRedrive redrive(@PathVariable String position) {
        return deadLetters.redrive(position);
    }
}
