# What `cmake --install` puts in place besides each component's own
# install() rules. Every installed file finds the others relative to its
# own location, so the tree can be moved after installing.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(IRBPF_INSTALL_DATADIR ${CMAKE_INSTALL_DATADIR}/irbpf)
set(IRBPF_INSTALL_CMAKEDIR lib/cmake/irbpf)

install(FILES toolchain.cmake irbpf.mk DESTINATION ${IRBPF_INSTALL_DATADIR})

configure_package_config_file(cmake/irbpfConfig.cmake.in
  ${PROJECT_BINARY_DIR}/irbpfConfig.cmake
  INSTALL_DESTINATION ${IRBPF_INSTALL_CMAKEDIR})
write_basic_package_version_file(${PROJECT_BINARY_DIR}/irbpfConfigVersion.cmake
  COMPATIBILITY SameMinorVersion ARCH_INDEPENDENT)
install(FILES ${PROJECT_BINARY_DIR}/irbpfConfig.cmake
              ${PROJECT_BINARY_DIR}/irbpfConfigVersion.cmake
              cmake/irbpf-object.cmake
        DESTINATION ${IRBPF_INSTALL_CMAKEDIR})

configure_file(cmake/irbpf.pc.in ${PROJECT_BINARY_DIR}/irbpf.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/irbpf.pc DESTINATION lib/pkgconfig)

install(FILES man/irbpf.1 man/irbpf-inspect.1 man/irbpf-verify.1
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
if(TARGET irbpf-agent)
  install(FILES man/irbpf-agent.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT agent)
endif()
if(TARGET cargo-irbpf)
  install(FILES man/cargo-irbpf.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()
