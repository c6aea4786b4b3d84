// SPDX-License-Identifier: GPL-3.0-or-later
#include "text_decoder.h"

#include "cityweave/data/text_encoding.h"

#include <algorithm>
#include <cctype>
#include <cerrno>

#if __has_include(<iconv.h>)
#include <iconv.h>
#define CW_HAVE_ICONV 1
#endif

namespace cw::data {
namespace {

bool isAscii(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return c < 0x80; });
}

std::string upper(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::toupper(c); });
    return s;
}

} // namespace

#ifdef CW_HAVE_ICONV
struct TextDecoder::Converter {
    iconv_t cd = reinterpret_cast<iconv_t>(-1);
    ~Converter() {
        if (cd != reinterpret_cast<iconv_t>(-1))
            iconv_close(cd);
    }
};
#else
struct TextDecoder::Converter {};
#endif

TextDecoder::TextDecoder(std::string encoding) : m_encoding(std::move(encoding)) {
    const std::string e = upper(m_encoding);
    m_utf8 = e.empty() || e == "UTF-8" || e == "UTF8";
#ifdef CW_HAVE_ICONV
    if (!m_utf8) {
        m_converter = std::make_unique<Converter>();
        m_converter->cd = iconv_open("UTF-8", m_encoding.c_str());
    }
#endif
}

TextDecoder::TextDecoder(TextDecoder&&) noexcept = default;
TextDecoder& TextDecoder::operator=(TextDecoder&&) noexcept = default;
TextDecoder::~TextDecoder() = default;

std::string TextDecoder::decode(std::string_view bytes) {
    if (m_utf8 || isAscii(bytes))
        return std::string(bytes);
#ifdef CW_HAVE_ICONV
    if (m_converter && m_converter->cd != reinterpret_cast<iconv_t>(-1)) {
        std::string out;
        out.resize(bytes.size() * 3 / 2 + 8);
        char* in = const_cast<char*>(bytes.data());
        std::size_t inLeft = bytes.size();
        char* dst = out.data();
        std::size_t outLeft = out.size();
        iconv(m_converter->cd, nullptr, nullptr, nullptr, nullptr);
        while (inLeft > 0) {
            if (iconv(m_converter->cd, &in, &inLeft, &dst, &outLeft) != static_cast<size_t>(-1))
                break;
            if (errno == E2BIG) {
                const std::size_t used = static_cast<std::size_t>(dst - out.data());
                out.resize(out.size() * 2 + 8);
                dst = out.data() + used;
                outLeft = out.size() - used;
                continue;
            }
            // An invalid or truncated sequence: one replacement character, then go on.
            if (outLeft < 3) {
                const std::size_t used = static_cast<std::size_t>(dst - out.data());
                out.resize(out.size() + 16);
                dst = out.data() + used;
                outLeft = out.size() - used;
            }
            *dst++ = '\xEF';
            *dst++ = '\xBF';
            *dst++ = '\xBD';
            outLeft -= 3;
            ++in;
            --inLeft;
        }
        out.resize(static_cast<std::size_t>(dst - out.data()));
        return out;
    }
#endif
    return toUtf8(bytes, m_encoding);
}

} // namespace cw::data
