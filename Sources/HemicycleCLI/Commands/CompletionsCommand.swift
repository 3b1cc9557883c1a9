import Hemicycle

/// `hemicycle completions bash|zsh|fish`: a completion script for the shell, written from the
/// commands' own specifications, so that it never lags behind them.
enum CompletionsCommand {
    static let spec = CommandSpec(
        name: "completions",
        summary: "Print a shell completion script (bash, zsh or fish).",
        usage: "bash|zsh|fish",
        options: [],
        positionals: 1...1,
        discussion: """
            Completes commands, options, the values of --format and --rules, file names for files and
            scenario files (*.json) for the rest. Install, for example:
              hemicycle completions bash > ~/.local/share/bash-completion/completions/hemicycle
              hemicycle completions zsh > ~/.zfunc/_hemicycle     # with fpath+=(~/.zfunc) in .zshrc
              hemicycle completions fish > ~/.config/fish/completions/hemicycle.fish
            """)

    static func execute(_ arguments: Arguments) throws(CLIError) {
        let specs = HemicycleCommand.commands.map(\.spec)
        switch arguments.positionals[0] {
        case "bash": Output.write(bash(specs))
        case "zsh": Output.write(zsh(specs))
        case "fish": Output.write(fish(specs))
        case let other: throw .usage("unknown shell '\(other)'; expected bash, zsh or fish")
        }
    }

    /// What an option's value completes to.
    enum ValueKind { case none, formats, rules, file, folder, shells, free }

    static func kind(_ option: OptionSpec) -> ValueKind {
        switch option.value {
        case nil: return .none
        case "FORMAT"?: return .formats
        case "A,B,..."?: return .rules
        case "FILE"?: return .file
        case "DIR"?: return .folder
        default: return .free
        }
    }

    static let formats = OutputFormat.allCases.map(\.rawValue)
    static var ruleNames: [String] { RuleCatalog.listing.filter { $0.accepted.contains("compare") }.map(\.name) }
    static func words(_ option: OptionSpec) -> [String] { [option.name] + (option.short.map { [$0] } ?? []) }
    static func allOptions(_ spec: CommandSpec) -> [OptionSpec] {
        spec.options + [OptionSpec(name: "--help", short: "-h", value: nil, help: "Show this help and exit.")]
    }

    static func bash(_ specs: [CommandSpec]) -> String {
        var text = """
            # bash completion for hemicycle (hemicycle completions bash)
            _hemicycle() {
                local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}" opts=""
                if [[ $COMP_CWORD -eq 1 ]]; then
                    COMPREPLY=($(compgen -W "\(specs.map(\.name).joined(separator: " ")) --help --version" -- "$cur"))
                    return
                fi
                case "${COMP_WORDS[1]}" in

            """
        for spec in specs {
            let options = allOptions(spec).flatMap(words).joined(separator: " ")
            text += "        \(spec.name)) opts=\"\(options)\" ;;\n"
        }
        text += "    esac\n    case \"$prev\" in\n"
        let all = specs.flatMap(allOptions)
        func line(_ kind: ValueKind, _ action: String) {
            let names = Set(all.filter { self.kind($0) == kind }.flatMap(words)).sorted()
            if !names.isEmpty { text += "        \(names.joined(separator: "|"))) \(action); return ;;\n" }
        }
        line(.formats, "COMPREPLY=($(compgen -W \"\(formats.joined(separator: " "))\" -- \"$cur\"))")
        line(.rules, "COMPREPLY=($(compgen -W \"\(ruleNames.joined(separator: " "))\" -- \"$cur\"))")
        line(.file, "COMPREPLY=($(compgen -f -- \"$cur\"))")
        line(.folder, "COMPREPLY=($(compgen -d -- \"$cur\"))")
        line(.free, "COMPREPLY=()")
        text += """
                esac
                if [[ "${COMP_WORDS[1]}" == completions ]]; then
                    COMPREPLY=($(compgen -W "bash zsh fish" -- "$cur"))
                elif [[ $cur == -* ]]; then
                    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
                else
                    COMPREPLY=($(compgen -f -X '!*.json' -- "$cur") $(compgen -d -- "$cur"))
                fi
            }
            complete -o filenames -F _hemicycle hemicycle

            """
        return text
    }

    /// Text safe inside a zsh `_arguments` description or a fish single-quoted string.
    static func plain(_ text: String) -> String {
        String(text.map { "[]:'\\\"`$".contains($0) ? " " : $0 })
    }

    static func zsh(_ specs: [CommandSpec]) -> String {
        var text = """
            #compdef hemicycle
            # zsh completion for hemicycle (hemicycle completions zsh)
            _hemicycle() {
                local -a commands
                commands=(

            """
        for spec in specs { text += "        '\(spec.name):\(plain(spec.summary))'\n" }
        text += """
                )
                if (( CURRENT == 2 )); then
                    _describe 'command' commands
                    return
                fi
                case $words[2] in

            """
        for spec in specs {
            text += "        \(spec.name))\n            _arguments \\\n"
            for option in allOptions(spec) {
                let names = words(option)
                let action: String
                switch kind(option) {
                case .none: action = ""
                case .formats: action = ":format:(\(formats.joined(separator: " ")))"
                case .rules: action = ":rules:(\(ruleNames.joined(separator: " ")))"
                case .file: action = ":file:_files"
                case .folder: action = ":folder:_files -/"
                case .shells: action = ":shell:(bash zsh fish)"
                case .free: action = ":\(plain(option.value ?? "value")): "
                }
                let described = "[\(plain(option.help))]\(action)"
                if names.count > 1 {
                    // Either spelling, once: '(--format -f)'{--format,-f}'[help]:format:(…)'.
                    text += "                '(\(names.joined(separator: " ")))'{\(names.joined(separator: ","))}'\(described)' \\\n"
                } else {
                    text += "                '\(names[0])\(described)' \\\n"
                }
            }
            let positional = spec.name == "completions" ? "'1:shell:(bash zsh fish)'" : "'*:scenario:_files -g \"*.json\"'"
            text += "                \(positional)\n            ;;\n"
        }
        text += "    esac\n}\n_hemicycle \"$@\"\n"
        return text
    }

    static func fish(_ specs: [CommandSpec]) -> String {
        var text = "# fish completion for hemicycle (hemicycle completions fish)\n"
        text += "complete -c hemicycle -f\n"
        for spec in specs {
            text += "complete -c hemicycle -n __fish_use_subcommand -a \(spec.name) -d '\(plain(spec.summary))'\n"
        }
        for spec in specs {
            let condition = "'__fish_seen_subcommand_from \(spec.name)'"
            for option in allOptions(spec) {
                var line = "complete -c hemicycle -n \(condition) -l \(option.name.dropFirst(2))"
                if let short = option.short { line += " -s \(short.dropFirst())" }
                switch kind(option) {
                case .none: break
                case .formats: line += " -x -a '\(formats.joined(separator: " "))'"
                case .rules: line += " -x -a '\(ruleNames.joined(separator: " "))'"
                case .file, .folder: line += " -r -F"
                case .shells: line += " -x -a 'bash zsh fish'"
                case .free: line += " -x"
                }
                text += line + " -d '\(plain(option.help))'\n"
            }
            if spec.name == "completions" {
                text += "complete -c hemicycle -n \(condition) -x -a 'bash zsh fish'\n"
            } else {
                text += "complete -c hemicycle -n \(condition) -k -a '(__fish_complete_suffix .json)'\n"
            }
        }
        return text
    }
}
