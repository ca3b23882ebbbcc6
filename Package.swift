// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "mssdash",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "mssdash", targets: ["mssdash"])
  ],
  targets: [
    // No `pkgConfig: "ncursesw"`: SwiftPM drops its -D_XOPEN_SOURCE flags, so the wide-character
    // switch lives in shim.h instead.
    .systemLibrary(
      name: "CNcurses",
      providers: [.apt(["libncurses-dev"]), .brew(["ncurses"])]
    ),
    // LibYAML 0.2.5, vendored (Sources/CLibYAML/README.md): only its parser is used, and our own
    // composer builds the tree, so no YAML package (and no Foundation) comes into the process.
    .target(
      name: "CLibYAML", exclude: ["LICENSE", "README.md"],
      cSettings: [.define("YAML_DECLARE_STATIC")]),
    .target(name: "MSSCore", dependencies: ["CLibYAML"]),
    .target(name: "MSSView", dependencies: ["MSSCore"]),
    .target(name: "MSSTerminal", dependencies: ["MSSCore", "MSSView", "CNcurses"]),
    // The command line: options declared as values, parsed without reflection or Foundation
    // (swift-argument-parser was a third of the start-up; docs/performance.md).
    .target(name: "MSSCommandLine"),
    // Shared by the test targets: the loopback HTTP server and the fuzz tests' seeded random.
    .target(name: "MSSTestSupport"),
    .executableTarget(
      name: "mssdash",
      dependencies: [
        "MSSCore", "MSSView", "MSSTerminal", "MSSCommandLine",
      ],
      // A release binary carries the Swift runtime and the pieces of libstdc++ it uses: one
      // file to copy to a kiosk, and a start without the dynamic loader binding a dozen shared
      // libraries (docs/performance.md). Linker/static-libstdc++ explains the -L.
      linkerSettings: [
        .unsafeFlags(
          ["-static-stdlib", "-L\(Context.packageDirectory)/Linker/static-libstdc++"],
          .when(platforms: [.linux], configuration: .release))
      ]
    ),
    // `swift run -c release mssdash-bench`: figures for docs/performance.md.
    .executableTarget(
      name: "mssdash-bench",
      dependencies: ["MSSCore", "MSSView", "MSSCommandLine"]
    ),
    .testTarget(name: "MSSCoreTests", dependencies: ["MSSCore", "MSSTestSupport"]),
    .testTarget(name: "MSSBenchTests", dependencies: ["mssdash-bench", "MSSCommandLine"]),
    .testTarget(name: "MSSCommandLineTests", dependencies: ["MSSCommandLine", "MSSTestSupport"]),
    // The command tables of mssdash itself: completions and the man page name every option.
    .testTarget(
      name: "MSSDashTests", dependencies: ["mssdash", "MSSCommandLine", "MSSTestSupport"]),
    // Golden screens are read from the source tree by path, not bundled.
    .testTarget(
      name: "MSSViewTests", dependencies: ["MSSView", "MSSCore", "MSSTestSupport"],
      exclude: ["Goldens"]),
    .testTarget(
      name: "MSSTerminalTests",
      dependencies: ["MSSTerminal", "MSSView", "MSSCore", "MSSTestSupport"]
    ),
    .testTarget(name: "EndToEndTests", dependencies: ["MSSCore", "MSSTestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
