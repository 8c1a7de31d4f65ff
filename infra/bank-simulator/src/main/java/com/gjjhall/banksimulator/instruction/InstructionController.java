package com.gjjhall.banksimulator.instruction;

import com.gjjhall.banksimulator.AdminAccess;
import com.gjjhall.banksimulator.BankSimulatorError;
import com.gjjhall.servicekit.errors.BusinessException;
import com.gjjhall.servicekit.security.CurrentOperator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** What the banks executed, for tests and demos to check that nothing was executed twice. */
@RestController
class InstructionController {

    private final ExecutedInstructions executed;

    InstructionController(ExecutedInstructions executed) {
        this.executed = executed;
    }

    @GetMapping("/api/bank/instructions/{instructionId}")
    ExecutedInstruction one(@PathVariable String instructionId, CurrentOperator caller) {
        AdminAccess.require(caller);
        return executed.find(instructionId).orElseThrow(() -> new BusinessException(BankSimulatorError.INSTRUCTION_NOT_FOUND));
    }

    /** e.g. {@code {"DEBIT SUCCEEDED": 1000, "DEBIT SIGNING_REQUIRED": 1}} */
    @GetMapping("/api/bank/instructions/outcomes")
    Map<String, Long> outcomes(CurrentOperator caller) {
        AdminAccess.require(caller);
        return executed.outcomeCounts();
    }
}
