import Testing

@testable import MSSTerminal

@Suite struct TickScheduleTests {
  @Test func firstTickIsOneIntervalAway() {
    var schedule = TickSchedule(milliseconds: 60_000)
    let due = schedule.isDue()
    #expect(!due)
    #expect((59_000...60_000).contains(schedule.millisecondsToNext()))
  }

  /// Intervals below 10 ms would make the loop spin.
  @Test func intervalHasAFloor() {
    #expect(TickSchedule(milliseconds: 0).interval == .milliseconds(10))
  }

  @Test func dueAfterTheIntervalThenScheduledAgain() throws {
    var schedule = TickSchedule(milliseconds: 10)
    let deadline = ContinuousClock.now + .seconds(2)
    while !schedule.isDue() {
      try #require(ContinuousClock.now < deadline)
    }
    #expect(schedule.millisecondsToNext() <= 10)
    let dueAgain = schedule.isDue()
    #expect(!dueAgain)
  }
}
