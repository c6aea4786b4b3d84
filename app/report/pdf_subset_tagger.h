// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QIODevice;

namespace cw::report {

/// Copies a PDF written by Qt, prefixing each embedded font's name with a subset tag
/// ("ABCDEF+NanumBarunGothic") as the PDF specification asks for subset fonts (9.6.4), and
/// rebuilds the cross-reference table for the shifted objects. Qt 6.4 embeds only the glyphs
/// used but names the font as if whole, so viewers and `pdffonts` cannot tell it is a subset.
/// Streams object by object: memory stays at the size of one font dictionary or a 1 MB slice.
class PdfSubsetTagger {
public:
    /// `in` must be seekable. False when `in` is not a PDF with a classic xref table.
    static bool copy(QIODevice& in, QIODevice& out);
};

} // namespace cw::report
