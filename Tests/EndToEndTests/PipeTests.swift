import Foundation
import Testing

/// Without a terminal: `mssdash | head` and `mssdash snapshot | head -1` end quietly with
/// status 0 when the reader stops early (SIGPIPE is ignored; the write fails instead).
@Suite struct PipeTests {
  @Test(arguments: [
    "snapshot --data builtin:history --format markdown --height 400", "--data builtin:seed",
  ])
  func earlyClosedPipeEndsCleanly(arguments: String) throws {
    let binary = try Tools.binaryPath()
    let script =
      "\(shellQuoted(binary)) \(arguments) | head -1 >/dev/null; echo status=${PIPESTATUS[0]}"
    let bash = "/bin/bash"
    let result = try Subprocess.run(
      bash, ["-c", script], environment: ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"])
    #expect(result.output == "status=0\n", "\(result.output)")
  }
}
