# cmake -DBUILD_DIR=… -DPREFIX=… -DDATADIR=share -DBINDIR=bin -DLIBEXECDIR=libexec -DLIBDIR=lib -DCHECK_BINARY=0|1 -P check_install.cmake
#
# Installs the build into an empty prefix and checks that a desktop would find LunScope there:
# the programs (lunscope and the window it starts), the desktop file, the metainfo, the translations and the hicolor icons, each PNG at
# its own size, and (with appstreamcli) that the metainfo's launchable desktop file is really in the tree.
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (${result}):\n${output}")
endif()

set(id org.lunscope.LunScope)
set(expected
    ${DATADIR}/applications/${id}.desktop
    ${DATADIR}/metainfo/${id}.metainfo.xml
    ${DATADIR}/icons/hicolor/scalable/apps/${id}.svg
    ${DATADIR}/lunscope/translations/lunscope_de.qm
    ${DATADIR}/lunscope/translations/lunscope_fr.qm
    ${DATADIR}/lunscope/translations/lunscope_en.qm)
if(CHECK_BINARY)
    list(APPEND expected ${BINDIR}/lunscope ${LIBEXECDIR}/lunscope/lunscope-window ${LIBEXECDIR}/lunscope/lunscope-libvirt
                         ${LIBDIR}/lunscope/lunscope-isns.so)
endif()
# The installed `lunscope` finds the installed window program: started without a display it is the
# window's advice that comes back (exit 69), not the launcher's "cannot be started".
if(CHECK_BINARY)
    execute_process(COMMAND env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "${PREFIX}/${BINDIR}/lunscope"
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 69 OR NOT output MATCHES "xvfb-run" OR output MATCHES "cannot be started")
        message(SEND_ERROR "the installed lunscope did not start its window program (${result}):\n${output}")
    endif()
endif()

# …and its program for hypervisors: --define-pool on libvirt's test driver runs there, from the
# installed lunscope-libvirt (not from the build tree).
if(CHECK_BINARY)
    execute_process(COMMAND "${PREFIX}/${BINDIR}/lunscope" --define-pool --portal 192.0.2.1 --target
                            iqn.2026-11.org.lunscope.test:install --connect test:///default
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0 OR output MATCHES "cannot be started")
        message(SEND_ERROR "the installed lunscope did not run --define-pool in lunscope-libvirt (${result}):\n${output}")
    endif()
endif()

# …and, for an iSNS directory, its installed module (not the build tree's): nothing listens on
# port 1, so the answer is the refusal, which needs the module loaded first.
if(CHECK_BINARY)
    execute_process(COMMAND env LD_DEBUG=files "${PREFIX}/${BINDIR}/lunscope" --scan isns://127.0.0.1:1
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 1 OR NOT output MATCHES "refused the connection"
       OR NOT output MATCHES "file=${PREFIX}/${LIBDIR}/lunscope/lunscope-isns.so")
        message(SEND_ERROR "the installed lunscope did not ask iSNS through the installed module (${result}):\n${output}")
    endif()
endif()

foreach(path IN LISTS expected)
    if(NOT EXISTS "${PREFIX}/${path}")
        message(SEND_ERROR "not installed: ${path}")
    endif()
endforeach()

foreach(size 16 22 24 32 48 64 128 256)
    set(png "${PREFIX}/${DATADIR}/icons/hicolor/${size}x${size}/apps/${id}.png")
    if(NOT EXISTS "${png}")
        message(SEND_ERROR "not installed: ${png}")
        continue()
    endif()
    # PNG signature (8 bytes), IHDR length and type (8), then width and height, big-endian.
    file(READ "${png}" header LIMIT 24 HEX)
    string(SUBSTRING "${header}" 32 8 width_hex)
    string(SUBSTRING "${header}" 40 8 height_hex)
    math(EXPR width "0x${width_hex}")
    math(EXPR height "0x${height_hex}")
    if(NOT width EQUAL size OR NOT height EQUAL size)
        message(SEND_ERROR "${png} is ${width}x${height}, not ${size}x${size}")
    endif()
endforeach()
# The metainfo's launchable and the desktop file, as a software centre would see them together.
find_program(APPSTREAMCLI appstreamcli)
if(APPSTREAMCLI)
    execute_process(COMMAND "${APPSTREAMCLI}" validate-tree --no-net "${PREFIX}"
                    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(SEND_ERROR "appstreamcli validate-tree ${PREFIX} failed:\n${output}")
    endif()
else()
    message(STATUS "appstreamcli not installed: the installed tree is not validated")
endif()

string(JOIN ", " listed ${expected})
message(STATUS "installed into ${PREFIX}: ${listed} and 8 PNG sizes")
