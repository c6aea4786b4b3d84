// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace cw::data {

/// Decodes many short strings from one legacy encoding to UTF-8. Opens the converter once:
/// per-call conversion (CPLRecode) costs an iconv_open per field, which dominates reading a
/// million-row CP949 table. ASCII passes through untouched. Not thread-safe.
class TextDecoder {
public:
    explicit TextDecoder(std::string encoding);
    TextDecoder(TextDecoder&&) noexcept;
    TextDecoder& operator=(TextDecoder&&) noexcept;
    ~TextDecoder();

    const std::string& encoding() const { return m_encoding; }
    bool isUtf8() const { return m_utf8; }
    /// `bytes` as UTF-8; bytes the encoding cannot map become U+FFFD.
    std::string decode(std::string_view bytes);

private:
    struct Converter;
    std::string m_encoding;
    bool m_utf8 = true;
    std::unique_ptr<Converter> m_converter;
};

} // namespace cw::data
