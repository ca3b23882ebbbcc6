import ArgumentParser
import MSSCore

/// Options that work with every way of running mssdash.
struct CommonOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "A dataset file, an http(s):// URL, or builtin:history / builtin:seed.",
      valueName: "file|url"))
  var data: String?

  @Option(
    name: .customLong("as-of"),
    help: ArgumentHelp("Show the mission as it stood on this day (YYYY-MM-DD).", valueName: "date"))
  var asOf: String?

  @Option(name: .long, help: ArgumentHelp("A theme name or theme file.", valueName: "name|path"))
  var theme: String?

  @Flag(name: .long, help: "Draw with ASCII characters only.")
  var ascii = false

  @Option(name: .long, help: "Colour: auto, always or never.")
  var color: ColorChoice = .auto
}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
  case auto
  case always
  case never

  // The same texts ArgumentParser derives, without its string interpolation and dynamic casts
  // at every start (see ArgumentTexts.swift).
  var defaultValueDescription: String { rawValue }
  static var allValueStrings: [String] { ArgumentTexts.values(of: self) }
  static var allValueDescriptions: [String: String] { [:] }
}
