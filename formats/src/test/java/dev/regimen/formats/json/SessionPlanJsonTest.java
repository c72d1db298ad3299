package dev.regimen.formats.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.regimen.core.dosage.Dosage;
import dev.regimen.core.dosage.Hold;
import dev.regimen.core.dosage.Repetitions;
import dev.regimen.core.exercise.Exercise;
import dev.regimen.core.exercise.ExerciseKind;
import dev.regimen.core.exercise.Step;
import dev.regimen.core.protocol.Protocol;
import dev.regimen.core.protocol.ProtocolEntry;
import dev.regimen.core.session.SessionPlan;
import org.junit.jupiter.api.Test;

/** The shape of a session plan document, written out in full for a small protocol. */
class SessionPlanJsonTest {
  @Test
  void aSmallPlanIsWrittenWithEveryAssumptionEveryCueAndItsTotals() {
    Protocol protocol =
        Protocol.builder()
            .id("p")
            .name("Neck")
            .summary("S")
            .addEntries(
                ProtocolEntry.of(
                    Exercise.builder()
                        .id("tilt")
                        .name("Tilt")
                        .kind(ExerciseKind.STRETCH)
                        .startingPosition("Sitting.")
                        .addSteps(Step.of("Tilt your head."))
                        .build(),
                    Dosage.builder()
                        .hold(Hold.ofBreaths(2))
                        .repetitions(Repetitions.between(1, 2))
                        .build()))
            .build();

    String json = RegimenJson.create().writeSessionPlan(SessionPlan.of(protocol));

    assertThat(json)
        .isEqualTo(
            """
            {
              "schemaVersion": 1,
              "sessionPlan": {
                "protocolId": "p",
                "protocolName": "Neck",
                "options": {
                  "leadInSeconds": 10,
                  "secondsPerStep": 5,
                  "secondsPerBreath": 5,
                  "restBetweenRepetitionsSeconds": 5,
                  "restBetweenSetsSeconds": 30,
                  "restBetweenExercisesSeconds": 15,
                  "switchSidesSeconds": 5,
                  "firstSide": "left"
                },
                "cues": [
                  {
                    "kind": "lead_in",
                    "text": "Get ready: Tilt. Sitting.",
                    "duration": {
                      "minSeconds": 10,
                      "maxSeconds": 10,
                      "open": false
                    },
                    "position": {
                      "entryIndex": 0,
                      "exerciseId": "tilt",
                      "sets": 1
                    },
                    "optional": false
                  },
                  {
                    "kind": "step",
                    "text": "Tilt your head.",
                    "duration": {
                      "minSeconds": 5,
                      "maxSeconds": 5,
                      "open": true
                    },
                    "position": {
                      "entryIndex": 0,
                      "exerciseId": "tilt",
                      "set": 1,
                      "sets": 1,
                      "repetition": 1,
                      "repetitionsMin": 1,
                      "repetitionsMax": 2
                    },
                    "optional": false
                  },
                  {
                    "kind": "hold",
                    "text": "Hold for 2 breaths",
                    "duration": {
                      "minSeconds": 10,
                      "maxSeconds": 10,
                      "open": true
                    },
                    "position": {
                      "entryIndex": 0,
                      "exerciseId": "tilt",
                      "set": 1,
                      "sets": 1,
                      "repetition": 1,
                      "repetitionsMin": 1,
                      "repetitionsMax": 2
                    },
                    "hold": {
                      "breaths": 2,
                      "approximate": false
                    },
                    "optional": false
                  },
                  {
                    "kind": "rest",
                    "text": "Rest for 5 seconds. Next: repetition 2 of 1 to 2.",
                    "duration": {
                      "minSeconds": 5,
                      "maxSeconds": 5,
                      "open": false
                    },
                    "position": {
                      "entryIndex": 0,
                      "exerciseId": "tilt",
                      "set": 1,
                      "sets": 1,
                      "repetition": 2,
                      "repetitionsMin": 1,
                      "repetitionsMax": 2
                    },
                    "optional": true
                  },
                  {
                    "kind": "step",
                    "text": "Tilt your head.",
                    "duration": {
                      "minSeconds": 5,
                      "maxSeconds": 5,
                      "open": true
                    },
                    "position": {
                      "entryIndex": 0,
                      "exerciseId": "tilt",
                      "set": 1,
                      "sets": 1,
                      "repetition": 2,
                      "repetitionsMin": 1,
                      "repetitionsMax": 2
                    },
                    "optional": true
                  },
                  {
                    "kind": "hold",
                    "text": "Hold for 2 breaths",
                    "duration": {
                      "minSeconds": 10,
                      "maxSeconds": 10,
                      "open": true
                    },
                    "position": {
                      "entryIndex": 0,
                      "exerciseId": "tilt",
                      "set": 1,
                      "sets": 1,
                      "repetition": 2,
                      "repetitionsMin": 1,
                      "repetitionsMax": 2
                    },
                    "hold": {
                      "breaths": 2,
                      "approximate": false
                    },
                    "optional": true
                  }
                ],
                "minSeconds": 25,
                "maxSeconds": 45
              }
            }
            """);
  }
}
