#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#elseif canImport(ucrt)
    import ucrt
#endif

/// An sRGB colour for the pictures, with the contrast arithmetic of WCAG 2.
///
/// Parties may bring their own colour as `#rgb` or `#rrggbb`; ``DiagramColour/init(hex:)`` accepts
/// exactly those forms. A party without a valid colour gets one from ``palette(at:)``, the
/// colour-blind-safe Okabe–Ito palette, extended deterministically with tints and shades.
///
/// ```swift
/// let green = DiagramColour(hex: "#0a5")          // #00aa55
/// green?.legibleTextColour == .black              // true: black reads better on it
/// DiagramColour.resolve("teal", index: 2).hex     // "#009e73", the palette's third colour
/// ```
public struct DiagramColour: Sendable, Hashable, CustomStringConvertible {
    /// The red channel, 0…255.
    public var red: UInt8
    /// The green channel, 0…255.
    public var green: UInt8
    /// The blue channel, 0…255.
    public var blue: UInt8

    /// Creates a colour from its three sRGB channels.
    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Parses `#rgb` or `#rrggbb` (hex digits in either case); returns `nil` for anything else,
    /// including colour names, `rgb(…)` and surrounding spaces.
    public init?(hex text: String) {
        let scalars = Array(text.unicodeScalars)
        guard scalars.first == "#", scalars.count == 4 || scalars.count == 7 else { return nil }
        var digits: [UInt8] = []
        for scalar in scalars.dropFirst() {
            guard let digit = Self.hexDigitValue(scalar) else { return nil }
            digits.append(digit)
        }
        if digits.count == 3 {
            self.init(red: digits[0] * 17, green: digits[1] * 17, blue: digits[2] * 17)
        } else {
            self.init(
                red: digits[0] * 16 + digits[1],
                green: digits[2] * 16 + digits[3],
                blue: digits[4] * 16 + digits[5]
            )
        }
    }

    private static func hexDigitValue(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar {
        case "0"..."9": UInt8(scalar.value - 48)
        case "a"..."f": UInt8(scalar.value - 87)
        case "A"..."F": UInt8(scalar.value - 55)
        default: nil
        }
    }

    /// The colour as `#rrggbb`, lowercase: the form written into the pictures.
    public var hex: String {
        let digits = Array("0123456789abcdef")
        var result = "#"
        for channel in [red, green, blue] {
            result.append(digits[Int(channel / 16)])
            result.append(digits[Int(channel % 16)])
        }
        return result
    }

    /// The colour as `#rrggbb`.
    public var description: String { hex }

    /// Black, `#000000`.
    public static let black = DiagramColour(red: 0, green: 0, blue: 0)
    /// White, `#ffffff`.
    public static let white = DiagramColour(red: 255, green: 255, blue: 255)

    // MARK: Contrast (WCAG 2.x)

    /// The relative luminance, 0 (black) … 1 (white), as defined by WCAG 2.x from linearised sRGB.
    public var relativeLuminance: Double {
        func linear(_ channel: UInt8) -> Double {
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// The WCAG contrast ratio with `other`, from 1 (same luminance) to 21 (black on white).
    public func contrastRatio(with other: DiagramColour) -> Double {
        let a = relativeLuminance
        let b = other.relativeLuminance
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// Black or white, whichever contrasts more with this colour: the colour for text drawn on it.
    public var legibleTextColour: DiagramColour {
        contrastRatio(with: .black) >= contrastRatio(with: .white) ? .black : .white
    }

    /// This colour moved towards `target` by `fraction` (0 keeps it, 1 gives `target`), per channel.
    public func mixed(with target: DiagramColour, fraction: Double) -> DiagramColour {
        let t = fraction.isFinite ? min(max(fraction, 0), 1) : 0
        func mix(_ a: UInt8, _ b: UInt8) -> UInt8 {
            UInt8((Double(a) + (Double(b) - Double(a)) * t).rounded())
        }
        return DiagramColour(red: mix(red, target.red), green: mix(green, target.green), blue: mix(blue, target.blue))
    }

    // MARK: Palette

    /// The default palette: the Okabe–Ito colour-blind-safe colours (Okabe & Ito, *Color Universal
    /// Design*, 2008) followed by Paul Tol's colour-blind-safe "muted" scheme (Tol, *Colour
    /// Schemes*, SRON, 2021), ordered so that neighbours contrast, with black last.
    public static let defaultPalette: [DiagramColour] = [
        0x0072B2, 0xE69F00, 0x009E73, 0xD55E00, 0x56B4E9, 0xCC79A7, 0xF0E442,  // Okabe–Ito
        0x332288, 0xCC6677, 0x117733, 0xDDCC77, 0x882255, 0x88CCEE, 0x999933, 0xAA4499, 0x44AA99,  // Tol muted
        0x000000,
    ].map { DiagramColour(red: UInt8($0 >> 16), green: UInt8($0 >> 8 & 0xFF), blue: UInt8($0 & 0xFF)) }

    /// The default colour of the party at `index` (0-based; negative counts as 0).
    ///
    /// The first 17 are ``defaultPalette``; later rounds repeat it darkened (odd rounds) and
    /// lightened (even rounds), and the whole cycle repeats after five rounds. Colours alone
    /// never identify a party: every picture also labels them.
    public static func palette(at index: Int) -> DiagramColour {
        let index = max(index, 0)
        let base = defaultPalette[index % defaultPalette.count]
        // Black cannot darken: it lightens to greys instead, so no two rounds repeat a colour.
        let darker: DiagramColour = base == .black ? .white : .black
        switch (index / defaultPalette.count) % 5 {
        case 1: return base.mixed(with: darker, fraction: 0.35)
        case 2: return base.mixed(with: .white, fraction: 0.45)
        case 3: return base.mixed(with: darker, fraction: 0.6)
        case 4: return base.mixed(with: .white, fraction: 0.7)
        default: return base
        }
    }

    /// The party's own colour when `specification` is a valid `#rgb`/`#rrggbb`, otherwise
    /// ``palette(at:)`` for its position `index`.
    public static func resolve(_ specification: String?, index: Int) -> DiagramColour {
        specification.flatMap { DiagramColour(hex: $0) } ?? palette(at: index)
    }
}
