# Compiler settings for LunScope's own targets.
#
# Sanitizers go on every translation unit (they must agree across the link), so they are set
# globally; warnings-as-errors only applies to our targets through lunscope_target_options().

if(LUNSCOPE_SANITIZE)
    set(_lunscope_sanitizers -fsanitize=address,undefined -fno-sanitize-recover=undefined
                             -fno-omit-frame-pointer)
    add_compile_options(${_lunscope_sanitizers})
    add_link_options(${_lunscope_sanitizers})
endif()

if(LUNSCOPE_FUZZ)
    # Coverage instrumentation everywhere; only the fuzz executables link libFuzzer's main().
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()

function(lunscope_target_options target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
                           -Wnon-virtual-dtor -Wcast-align -Wunused -Woverloaded-virtual
                           -Wimplicit-fallthrough)
    if(LUNSCOPE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY QT_USE_QSTRINGBUILDER)
endfunction()
