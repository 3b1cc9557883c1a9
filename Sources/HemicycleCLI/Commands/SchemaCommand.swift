import Hemicycle

/// `hemicycle schema`: the JSON Schema of the scenario format.
enum SchemaCommand {
    static let spec = CommandSpec(
        name: "schema",
        summary: "Print a JSON Schema (draft 2020-12) of the scenario format, for editors and other tools.",
        usage: "[--output FILE]",
        options: [outputOption],
        positionals: 0...0,
        discussion: """
            The schema gives every member, its type and the members each object allows; 'hemicycle
            validate' checks what a schema cannot (shares that sum to one, seats that add up, ids
            that exist). A file that extends another may leave any member out.

            Example:
              hemicycle schema -o scenario.schema.json
            """)

    static func execute(_ arguments: Arguments) throws(CLIError) {
        try Output.deliver(ScenarioSchema.document.prettyPrinted(), to: arguments.value("--output"))
    }
}
