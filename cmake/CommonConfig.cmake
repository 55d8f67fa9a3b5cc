# Compile settings shared by every target of the project, carried by one
# INTERFACE target (the pattern of qBittorrent's CommonConfig.cmake).
add_library(viciprov_common INTERFACE)

target_compile_definitions(viciprov_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    # The one definition of the version every program and the User-Agent show.
    VICIPROV_VERSION="${PROJECT_VERSION}")

target_compile_options(viciprov_common INTERFACE
    -Wall -Wextra -pedantic -Wno-missing-field-initializers)

if(VICIPROV_SANITIZE)
    target_compile_options(viciprov_common INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(viciprov_common INTERFACE -fsanitize=address,undefined)
endif()
