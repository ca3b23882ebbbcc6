import Foundation
import Testing

/// Nothing written and no CPU used while nothing changes; a key writes a little, not a screen.
@Suite(.enabled(if: Tools.hasTmux, "tmux is not installed: end-to-end tests skipped"))
struct IdleTests {
  @Test func idleWritesNothing() throws {
    let pane = try DashboardPane.start()
    defer { pane.close() }
    try pane.waitFor(text: "Pledges")
    let pid = try pane.programPID()
    usleep(300_000)  // let the first frame settle
    let bytesBefore = try #require(ProcessTable.bytesWritten(pid))
    let cpuBefore = try #require(ProcessTable.cpuTicks(pid))
    usleep(1_500_000)
    let bytesAfter = try #require(ProcessTable.bytesWritten(pid))
    let cpuAfter = try #require(ProcessTable.cpuTicks(pid))
    #expect(bytesAfter == bytesBefore, "wrote \(bytesAfter - bytesBefore) bytes while idle")
    #expect(cpuAfter - cpuBefore <= 1, "used \(cpuAfter - cpuBefore) ticks of CPU while idle")
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }

  /// A frame leaves in a few writes, not one per cursor move: over SSH each write is a packet.
  @Test func framesLeaveInFewWrites() throws {
    let pane = try DashboardPane.start(width: 100, height: 30)
    defer { pane.close() }
    try pane.waitFor(text: "Pledges")
    let pid = try pane.programPID()
    usleep(300_000)  // let the first frame settle
    let start = try #require(ProcessTable.writeCalls(pid))
    // Set-up (modes, mouse, the stderr hold) and a 5 KB frame through a 3.4 KB buffer: about
    // a dozen; before the fix, about 70.
    #expect(start <= 20, "\(start) writes to the first frame")
    try pane.send("j")
    for _ in 0..<40 where (ProcessTable.writeCalls(pid) ?? start) == start { usleep(50_000) }
    usleep(200_000)  // anything the key still has to write
    let afterKey = try #require(ProcessTable.writeCalls(pid))
    #expect(afterKey - start <= 2, "\(afterKey - start) writes for one selection move")
    try pane.send("q")
    try DashboardPane.expectExitedCleanly(pane)
  }
}
